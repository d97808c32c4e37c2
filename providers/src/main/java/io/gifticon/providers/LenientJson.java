package io.gifticon.providers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the almost-JSON the providers' documents show (and their servers may send): trailing commas, unquoted or
 * half-quoted names, missing commas between lines, missing braces, names with stray spaces ({@code "IMG_URL "}).
 *
 * <p>For provider replies only (never for what a client sends: a client's JSON is parsed strictly). Linear in the
 * input: the repairs use possessive, line-bounded patterns and one pass for the braces, a body over
 * {@value #MAX_BODY} characters is refused and one over {@value #MAX_REPAIR} is not repaired.
 */
public final class LenientJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_MISSING_VALUES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Largest body parsed at all (characters). */
    public static final int MAX_BODY = 16 * 1024 * 1024;
    /** Largest body the textual repairs are tried on (characters); larger ones must be valid lenient JSON. */
    public static final int MAX_REPAIR = 256 * 1024;

    // every quantifier below is possessive or bounded by a line, so no input makes a pattern backtrack: each
    // position is looked at a bounded number of times (issue 12 §4: 20,000 newlines took seconds before)
    // giftishow-biz-api.txt §1.5: `discountRate": 6,` — the opening quote of the name is lost
    private static final Pattern HALF_QUOTED_NAME =
            Pattern.compile("(?m)^([ \\t]*+)([A-Za-z_][A-Za-z0-9_]*+)\"([ \\t]*+:)");
    // giftishow-biz-api.txt §2.5: `"goodsDescImgWeb" :` with no value before the next name
    private static final Pattern MISSING_VALUE =
            Pattern.compile("(\"[ \\t]*+:)([ \\t]*+\\r?\\n)([ \\t]*+\"[^\"\\n]*+\"[ \\t]*+:)");
    // giftletter-b2c.txt §6.2: `"rstMsg": "…"` and the next name on the next line without a comma
    private static final Pattern MISSING_COMMA =
            Pattern.compile("(\"|\\d|true|false|null|}|])([ \\t]*+\\r?\\n[ \\t\\r\\n]*+\")");

    private LenientJson() {}

    /** Parses {@code body} after {@link #repair}; throws {@link IllegalArgumentException} if still unreadable. */
    public static JsonNode parse(String body) {
        if (body != null && body.length() > MAX_BODY) {
            throw new IllegalArgumentException("reply too large to read: " + body.length() + " characters");
        }
        String text = body == null ? "" : body.strip();
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node != null && node.isContainerNode()) {
                return node;
            }
            throw new IllegalArgumentException("not an object or array");
        } catch (Exception first) {
            if (text.length() > MAX_REPAIR) {
                throw new IllegalArgumentException("unreadable JSON (too large to repair)", first);
            }
            try {
                JsonNode repaired = MAPPER.readTree(repair(text));
                if (repaired == null || !repaired.isContainerNode()) {
                    throw new IllegalArgumentException("not an object or array");
                }
                return repaired;
            } catch (Exception e) {
                throw new IllegalArgumentException("unreadable JSON", e);
            }
        }
    }

    /** Best-effort textual repair of the typos found in the providers' documents. */
    public static String repair(String body) {
        String text = body.strip();
        text = HALF_QUOTED_NAME.matcher(text).replaceAll("$1\"$2\"$3");
        text = MISSING_VALUE.matcher(text).replaceAll("$1 null,$2$3");
        text = MISSING_COMMA.matcher(text).replaceAll("$1,$2");
        if (text.startsWith("\"")) {
            text = "{" + text;
        }
        return balance(text);
    }

    /** Adds the braces a sample lost: an object in a list without its '{', closers missing at the end. */
    static String balance(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        // {char, index in out, 1 once a '{' was inserted after this '['}: one insertion per list at most, so the
        // pass stays linear (a run of stray '}' in a list is dropped, not repaired again and again)
        Deque<int[]> open = new ArrayDeque<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    open.push(new int[] {c, out.length(), 0});
                    out.append(c);
                }
                case '}' -> {
                    if (open.isEmpty()) {
                        continue; // a closer too many: drop it
                    }
                    int[] top = open.peek();
                    if (top[0] == '[') {
                        if (top[2] == 1) {
                            continue; // this list already got its lost '{': drop further stray closers
                        }
                        top[2] = 1;
                        out.insert(top[1] + 1, '{'); // the list's object lost its '{'
                    } else {
                        open.pop();
                    }
                    out.append(c);
                }
                case ']' -> {
                    while (!open.isEmpty() && open.peek()[0] == '{') {
                        open.pop();
                        out.append('}');
                    }
                    if (open.isEmpty()) {
                        continue;
                    }
                    open.pop();
                    out.append(c);
                }
                default -> out.append(c);
            }
        }
        while (!open.isEmpty()) {
            out.append(open.pop()[0] == '{' ? '}' : ']');
        }
        return out.toString();
    }

    /**
     * The first of {@code names} present as text; falls back to a name that matches after trimming and ignoring case
     * ({@code "IMG_URL "}, {@code goodsimgB}).
     */
    public static String text(JsonNode node, String... names) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null) {
                return value.isNull() ? null : value.asText();
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            for (String name : names) {
                if (field.getKey().strip().equalsIgnoreCase(name)) {
                    return field.getValue().isNull() ? null : field.getValue().asText();
                }
            }
        }
        return null;
    }

    /** {@link #text} as a long, or null when absent, blank or not a number. */
    public static Long number(JsonNode node, String... names) {
        String value = text(node, names);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            try {
                return (long) Double.parseDouble(value.strip());
            } catch (NumberFormatException e2) {
                return null;
            }
        }
    }
}
