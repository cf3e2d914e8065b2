package se.brobygge.mentoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.Roles;
import se.brobygge.identity.internal.Account;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.mentoring.MeetingLogService;
import se.brobygge.mentoring.MentorshipCheckInService;
import se.brobygge.mentoring.MentorshipService;
import se.brobygge.mentoring.MentorshipStatus;
import se.brobygge.mentoring.MentorshipView;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.mentoring.RoundService;
import se.brobygge.mentoring.RoundStatus;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** The local run's demo mentoring is made through the services and only once. */
@IntegrationTest
class DemoMentoringIT {

    @Autowired
    ProfileService profiles;

    @Autowired
    RoundService rounds;

    @Autowired
    MentorshipService mentorships;

    @Autowired
    MeetingLogService meetingLog;

    @Autowired
    MentorshipCheckInService checkInAnswers;

    @Autowired
    RegistrationService registrations;

    @Autowired
    Recipients recipients;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Clock clock;

    @Autowired
    CheckInJob checkIns;

    @Autowired
    JdbcTemplate jdbc;

    private TestAccounts.Created demoPerson(String email, String name, String role) {
        Account account = accounts.findByEmail(email).orElseGet(() -> {
            Account created = new Account(email, name, "sv", clock.instant());
            created.markEmailVerified();
            created.roles().add(role);
            return accounts.save(created);
        });
        return new TestAccounts.Created(account.accountId(), email, name, Set.of(role));
    }

    @Test
    void demoDataHasAnActivePairAndAnOpenRoundAndIsMadeOnce() throws Exception {
        TestAccounts.Created amal = demoPerson("amal@demo.brohamn.example", "Amal Haddad", Roles.RESIDENT);
        demoPerson("erik@demo.brohamn.example", "Erik Lindqvist", Roles.RESIDENT);
        TestAccounts.Created lina = demoPerson("lina@demo.brohamn.example", "Lina Berg", Roles.STAFF);
        DemoMentoring demo = new DemoMentoring(
                profiles, rounds, mentorships, meetingLog, checkInAnswers, registrations, recipients, checkIns, jdbc);

        demo.run(null);
        demo.run(null);

        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> mentorships.mine()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(MentorshipStatus.ACTIVE);
                    assertThat(m.partnerFirstName()).isEqualTo("Erik");
                    // five weeks in: the one-month check-in waits for Amal's answer (Erik has answered)
                    assertThat(m.openCheckIn())
                            .isNotNull()
                            .extracting(MentorshipView.CheckIn::month)
                            .isEqualTo(1);
                });
        var demoRounds = RunAs.as(lina, Roles.STAFF, () -> rounds.rounds()).stream()
                .filter(r -> r.name().equals("Vårens språkpar"))
                .toList();
        assertThat(demoRounds).as("made once").singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RoundStatus.PROPOSED);
            assertThat(r.proposals()).isPositive();
        });
        assertThat(recipients.idOf("yonas@demo.brohamn.example")).isPresent();
    }
}
