package nestmmu.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import nestmmu.io.BadInputException;

/** Reads the sweep's own JSON files (plan, shard results) with errors that name the file and field. */
final class JsonReading {
    private JsonReading() {}

    static JsonObject readObject(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
        try {
            return parseObject(text);
        } catch (BadInputException e) {
            throw e.at(file.toString());
        }
    }

    static JsonObject parseObject(String text) {
        JsonElement e;
        try {
            e = JsonParser.parseString(text);
        } catch (JsonParseException ex) {
            throw new BadInputException("not valid JSON: " + firstLine(ex.getMessage()));
        }
        if (!e.isJsonObject()) throw new BadInputException("expected a JSON object");
        return e.getAsJsonObject();
    }

    static JsonElement field(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) throw new BadInputException(name + ": missing");
        return e;
    }

    static String string(JsonObject o, String name) {
        JsonElement e = field(o, name);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new BadInputException(name + ": expected a string, got " + e);
        }
        return e.getAsString();
    }

    static long integer(JsonObject o, String name) {
        JsonElement e = field(o, name);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new BadInputException(name + ": expected a number, got " + e);
        }
        try {
            return e.getAsBigDecimal().longValueExact();
        } catch (ArithmeticException ex) {
            throw new BadInputException(name + ": expected a whole number, got " + e);
        }
    }

    /** Reads every element of the array {@code name} with {@code reader}; errors name the element, e.g. "items[3]: seed: missing". */
    static <T> java.util.List<T> objects(JsonObject o, String name, java.util.function.Function<JsonObject, T> reader) {
        JsonElement a = field(o, name);
        if (!a.isJsonArray()) throw new BadInputException(name + ": expected an array");
        java.util.List<T> out = new java.util.ArrayList<>();
        com.google.gson.JsonArray array = a.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String where = name + "[" + i + "]";
            if (!array.get(i).isJsonObject()) throw new BadInputException(where + ": expected an object");
            try {
                out.add(reader.apply(array.get(i).getAsJsonObject()));
            } catch (BadInputException e) {
                throw e.at(where);
            }
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
