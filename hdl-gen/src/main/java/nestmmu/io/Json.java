package nestmmu.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The one Gson setup for every JSON the tools print or write: pretty, keys in insertion order
 * (use {@link java.util.LinkedHashMap} or records), no HTML escaping, nulls kept, so the same
 * result always prints byte for byte the same.
 */
public final class Json {
    public static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .serializeNulls()
            .create();

    private Json() {}

    public static String write(Object value) {
        return GSON.toJson(value) + "\n";
    }
}
