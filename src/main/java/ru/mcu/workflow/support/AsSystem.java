package ru.mcu.workflow.support;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine call as the system, without the engine authentication of the user whose
 * request caused it. For steps the application has already allowed in its own terms (filing a
 * case, ending the process of a case closed through another one, handing over a citizen's
 * rating) and that touch process instances the user has no engine permission for.
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static <T> T call(IdentityService identity, Supplier<T> call) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return call.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    public static void run(IdentityService identity, Runnable call) {
        call(identity, () -> {
            call.run();
            return null;
        });
    }
}
