package ru.mcu.directory;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** E-mail addresses of staff, from the engine's users and groups. */
@Component
public class StaffContacts {

    private final IdentityService identity;

    StaffContacts(IdentityService identity) {
        this.identity = identity;
    }

    public Optional<String> emailOf(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null || user.getEmail() == null || user.getEmail().isBlank() ? Optional.empty() : Optional.of(user.getEmail());
    }

    /** The display name of a user, or the login when unknown. */
    public String nameOf(String userId) {
        User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? userId : name;
    }

    public List<String> emailsOfGroup(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(User::getEmail)
                .filter(e -> e != null && !e.isBlank())
                .distinct()
                .toList();
    }
}
