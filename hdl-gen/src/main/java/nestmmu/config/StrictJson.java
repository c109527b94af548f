package nestmmu.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import nestmmu.io.BadInputException;

/**
 * Reads a JSON object field by field with errors that name the field path and the bad value:
 * unknown fields, wrong types and missing fields are all errors, never silently ignored.
 */
public final class StrictJson {
    private StrictJson() {}

    public static Obj parseObject(String json) {
        JsonElement e;
        try {
            e = JsonParser.parseString(json);
        } catch (JsonParseException ex) {
            String why = ex.getCause() != null && ex.getCause().getMessage() != null
                    ? ex.getCause().getMessage() : ex.getMessage();
            throw new BadInputException("malformed JSON: " + firstLine(why));
        }
        if (e == null || !e.isJsonObject()) {
            throw new BadInputException("malformed JSON: expected an object at the top level");
        }
        return new Obj("", e.getAsJsonObject());
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        // Gson appends a long troubleshooting URL; keep the position, drop the link.
        int see = line.indexOf("\nSee ");
        return see < 0 ? line : line.substring(0, see);
    }

    /** A JSON object at a known path ("" for the root, "l1Tlb." for a nested one). */
    public static final class Obj {
        private final String prefix;
        private final JsonObject json;

        Obj(String prefix, JsonObject json) {
            this.prefix = prefix;
            this.json = json;
        }

        public void allowOnly(String... fields) {
            List<String> allowed = Arrays.asList(fields);
            for (Map.Entry<String, JsonElement> e : json.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw new BadInputException(prefix + e.getKey() + ": unknown field (known: "
                            + String.join(", ", fields) + ")");
                }
            }
        }

        public boolean has(String field) {
            return json.has(field) && !json.get(field).isJsonNull();
        }

        public String string(String field, String dflt) {
            if (!has(field)) return dflt;
            JsonElement e = json.get(field);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw wrongType(field, "a string", e);
            }
            return e.getAsString();
        }

        /** An integer field; {@code dflt == null} makes it required. */
        public int integer(String field, Integer dflt) {
            if (!has(field)) {
                if (dflt == null) throw new BadInputException(prefix + field + ": missing (required)");
                return dflt;
            }
            JsonElement e = json.get(field);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw wrongType(field, "an integer", e);
            }
            JsonPrimitive p = e.getAsJsonPrimitive();
            double d = p.getAsDouble();
            if (d != Math.rint(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
                throw wrongType(field, "an integer", e);
            }
            return (int) d;
        }

        public long longValue(String field, Long dflt) {
            if (!has(field)) {
                if (dflt == null) throw new BadInputException(prefix + field + ": missing (required)");
                return dflt;
            }
            JsonElement e = json.get(field);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw wrongType(field, "an integer", e);
            }
            try {
                return e.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
            } catch (ArithmeticException ex) {
                throw wrongType(field, "an integer", e);
            }
        }

        public boolean bool(String field, boolean dflt) {
            if (!has(field)) return dflt;
            JsonElement e = json.get(field);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
                throw wrongType(field, "true or false", e);
            }
            return e.getAsBoolean();
        }

        /** A nested object; {@code null} when absent and not required. */
        public Obj object(String field, boolean required) {
            if (!has(field)) {
                if (required) throw new BadInputException(prefix + field + ": missing (required)");
                return null;
            }
            JsonElement e = json.get(field);
            if (!e.isJsonObject()) throw wrongType(field, "an object", e);
            return new Obj(prefix + field + ".", e.getAsJsonObject());
        }

        private BadInputException wrongType(String field, String expected, JsonElement got) {
            return new BadInputException(prefix + field + ": must be " + expected + ", got " + got);
        }
    }
}
