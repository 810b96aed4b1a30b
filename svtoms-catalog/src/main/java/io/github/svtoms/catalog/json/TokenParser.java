package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

import java.io.IOException;

/**
 * A parser delegate that sees every token: {@link #nextValue()} and {@link #skipChildren()} go through
 * {@link #nextToken()}, so a subclass that checks or records tokens there is never bypassed by Jackson's
 * shortcuts.
 *
 * <p>Mutable, confined to one read on one thread.
 */
abstract class TokenParser extends JsonParserDelegate {
    TokenParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public abstract JsonToken nextToken() throws IOException;

    @Override
    public final JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public final JsonParser skipChildren() throws IOException {
        JsonToken t = currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken n = nextToken();
            if (n == null) {
                return this;
            }
            open += n.isStructStart() ? 1 : n.isStructEnd() ? -1 : 0;
        }
        return this;
    }
}
