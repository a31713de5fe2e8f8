package ru.mcu.intake.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import ru.mcu.intake.AppealIntake;
import ru.mcu.intake.AppealRequest;
import ru.mcu.intake.ChannelIntake;
import ru.mcu.intake.IncidentRequest;
import ru.mcu.intake.IntakeResult;
import ru.mcu.intake.PosMessageRequest;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * Files the rows of one file through the same intake as the API: the same checks, the same
 * idempotency on channel and external id, each row in its own transaction. A row that names
 * an external id an earlier row of the same file already named is refused, whatever became
 * of the earlier row, so a file cannot file one appeal twice under two contents.
 */
@Component
class RowFiling {

    private final AppealIntake appeals;
    private final ChannelIntake channels;
    private final ObjectMapper json;

    RowFiling(AppealIntake appeals, ChannelIntake channels, ObjectMapper json) {
        this.appeals = appeals;
        this.channels = channels;
        this.json = json;
    }

    /** A filing of the rows of one file, in their order. */
    Batch batch(ImportChannel channel) {
        return new Batch(channel);
    }

    /** The rows of one file: remembers the external ids seen so far. */
    final class Batch {

        private final ImportChannel channel;
        private final Map<String, Integer> seen = new HashMap<>();

        private Batch(ImportChannel channel) {
            this.channel = channel;
        }

        /** Files the row; exceptions other than bad input (a database failure) are left to the caller. */
        RowOutcome file(SourceRow row) {
            if (row.isMalformed()) {
                return RowOutcome.rejected(row.number(), null, List.of(new FieldError(null, row.malformed())));
            }
            return switch (channel) {
                case APPEAL -> file(row, AppealRequest.class, RowFiling::withExternalId,
                        r -> r.channel() + " " + r.externalId(), AppealRequest::externalId, appeals::accept);
                case POS -> file(row, PosMessageRequest.class, Function.identity(),
                        PosMessageRequest::externalId, PosMessageRequest::externalId, channels::acceptPosMessage);
                case INCIDENT -> file(row, IncidentRequest.class, Function.identity(),
                        IncidentRequest::externalId, IncidentRequest::externalId, channels::acceptIncident);
            };
        }

        private <T> RowOutcome file(SourceRow row, Class<T> type, Function<T, T> complete, Function<T, String> key,
                                    Function<T, String> externalIdOf, Function<T, IntakeResult> intake) {
            RowConversion.Result<T> read = RowConversion.convert(json, row.fields(), type);
            if (!read.ok()) {
                JsonNode id = row.fields().get("externalId");
                return RowOutcome.rejected(row.number(), id == null || !id.isTextual() ? null : id.asText().trim(), read.errors());
            }
            T request = complete.apply(read.request());
            String externalId = trimmed(externalIdOf.apply(request));
            if (externalId != null) {
                String ownKey = key.apply(request).trim();
                Integer earlier = seen.putIfAbsent(ownKey, row.number());
                if (earlier != null) {
                    return RowOutcome.rejected(row.number(), externalId, List.of(new FieldError("externalId",
                            externalId.startsWith(DerivedExternalId.PREFIX)
                                    ? "Такое же обращение уже есть в файле, в строке " + earlier
                                    : "Этот идентификатор уже есть в файле, в строке " + earlier)));
                }
            }
            try {
                return RowOutcome.filed(intake.apply(request).created(), row.number(), externalId);
            } catch (InvalidInput e) {
                return RowOutcome.rejected(row.number(), externalId, e.errors());
            }
        }
    }

    /** An appeal without an external id gets one derived from its content, so a second run finds it. */
    private static AppealRequest withExternalId(AppealRequest r) {
        if (trimmed(r.externalId()) != null) {
            return r;
        }
        return new AppealRequest(r.channel(), DerivedExternalId.of(r), r.kind(), r.citizen(), r.text(), r.rubric(),
                r.district(), r.address(), r.location(), r.receivedAt());
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
