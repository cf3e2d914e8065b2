package se.brobygge.employers.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.Participant;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.RegistrationStatus;
import se.brobygge.employers.Session;
import se.brobygge.employers.SessionId;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;

/** Sessions and their participants as the services hand them out, with names and organisations. */
@Component
public class SessionRecords {

    private final ParticipantRepository participants;
    private final EmployerRepository employers;
    private final Recipients recipients;

    SessionRecords(ParticipantRepository participants, EmployerRepository employers, Recipients recipients) {
        this.participants = participants;
        this.employers = employers;
        this.recipients = recipients;
    }

    /** The session with its confirmed seats per role. */
    public Session toRecord(SessionEntity s) {
        Map<ParticipantRole, Integer> taken = new EnumMap<>(ParticipantRole.class);
        participants.confirmedAt(s.id().value()).forEach(p -> taken.merge(p.role(), 1, Integer::sum));
        return s.toRecord(taken);
    }

    /** Whether the person had a confirmed seat at the session. */
    public boolean hadSeat(SessionId id, AccountId account) {
        return participants
                .find(id.value(), account.value())
                .filter(p -> p.status() == RegistrationStatus.CONFIRMED)
                .isPresent();
    }

    public Map<AccountId, String> names(List<ParticipantEntity> list) {
        return recipients.displayNames(
                list.stream().map(p -> new AccountId(p.accountId())).toList());
    }

    public Participant toParticipant(ParticipantEntity p, Map<AccountId, String> names) {
        String organisation = p.employerId() == null
                ? null
                : employers.findById(p.employerId()).map(EmployerEntity::name).orElse(null);
        return new Participant(
                new AccountId(p.accountId()),
                names.getOrDefault(new AccountId(p.accountId()), "?"),
                p.role(),
                p.employerId() == null ? null : new EmployerId(p.employerId()),
                organisation,
                p.status(),
                p.tableNo());
    }
}
