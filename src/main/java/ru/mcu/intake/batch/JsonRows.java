package ru.mcu.intake.batch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;

/** The rows of a JSON file: an array of objects, each in the shape of the channel's API request. */
final class JsonRows implements SourceRows {

    private final JsonParser parser;
    private int position;

    JsonRows(Reader text, ObjectMapper json) {
        try {
            parser = json.getFactory().createParser(text);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportFileException("Ожидается массив JSON: [ {…}, {…} ], по объекту на строку");
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public SourceRow next() {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new ImportFileException("Массив JSON не закрыт: файл обрывается");
            }
            if (token == JsonToken.END_ARRAY) {
                if (parser.nextToken() != null) {
                    throw new ImportFileException("После закрывающей скобки массива есть ещё данные" + where(parser.currentTokenLocation()));
                }
                return null;
            }
            position++;
            if (token == JsonToken.START_OBJECT) {
                return SourceRow.of(position, parser.readValueAsTree());
            }
            parser.skipChildren();
            return SourceRow.malformed(position, "ожидается объект {…}, а не " + describe(token));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw ImportFile.readFailure(e);
        }
    }

    private static RuntimeException failure(IOException e) {
        if (e instanceof JsonProcessingException json) {
            return new ImportFileException("Файл не является корректным JSON" + where(json.getLocation()));
        }
        return ImportFile.readFailure(e);
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " (строка " + location.getLineNr() + ", позиция " + location.getColumnNr() + ")";
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "массив";
            case VALUE_STRING -> "строка";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "число";
            case VALUE_TRUE, VALUE_FALSE -> "логическое значение";
            case VALUE_NULL -> "null";
            default -> token.asString();
        };
    }
}
