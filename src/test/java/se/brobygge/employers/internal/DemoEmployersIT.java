package se.brobygge.employers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.employers.CardService;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.SessionRegistrationService;
import se.brobygge.employers.SessionService;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.identity.internal.Account;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** The local run's demo data: a verified employer for Johan, a past session with outcomes, an upcoming one with cards; once. */
@IntegrationTest
class DemoEmployersIT {

    @Autowired
    EmployerRepository employerRepository;

    @Autowired
    SessionRepository sessionRepository;

    @Autowired
    ParticipantRepository participants;

    @Autowired
    OutcomeRepository outcomes;

    @Autowired
    ContactRepository contacts;

    @Autowired
    EmployerService employers;

    @Autowired
    SessionService sessions;

    @Autowired
    SessionRegistrationService registrations;

    @Autowired
    CardService cards;

    @Autowired
    PostingService postings;

    @Autowired
    PlaceService places;

    @Autowired
    Recipients recipients;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    AccountRepository accounts;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoIsCreatedOnceWithAPastSessionWithOutcomesAndAnUpcomingOneWithCards() {
        for (String name : new String[] {"amal", "erik", "johan", "lina"}) {
            String email = name + "@demo.brohamn.example";
            if (accounts.findByEmail(email).isEmpty()) {
                Account account = new Account(
                        email, name.substring(0, 1).toUpperCase() + name.substring(1), "sv", clock.instant());
                account.markEmailVerified();
                accounts.save(account);
            }
        }
        RunAs.as(
                testAccounts.create("Lina", Roles.STAFF),
                Roles.STAFF,
                () -> places.create(PlaceTestData.details(PlaceTestData.uniqueName("Demoplats"), "Norrby")));
        DemoEmployers demo = new DemoEmployers(
                employerRepository,
                sessionRepository,
                participants,
                outcomes,
                contacts,
                employers,
                sessions,
                registrations,
                cards,
                postings,
                places,
                recipients,
                transactions,
                clock);
        demo.run(null);
        long sessionsAfterFirst = sessionRepository.count();
        demo.run(null);
        assertThat(sessionRepository.count()).as("idempotent").isEqualTo(sessionsAfterFirst);

        EmployerEntity employer = employerRepository
                .findByOrgNumber(DemoEmployers.organisationNumber())
                .orElseThrow();
        assertThat(employer.trusted()).isTrue();
        long johan = recipients.idOf("johan@demo.brohamn.example").orElseThrow().value();
        assertThat(jdbc.queryForObject(
                        "select count(*) from identity_representation where account_id = ? and organisation_id = ?",
                        Integer.class,
                        johan,
                        employer.id().value()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from employers_outcome o join employers_session s on s.id = o.session_id "
                                + "where s.theme = 'Näringslivsupprop i Norrby'",
                        Integer.class))
                .isGreaterThanOrEqualTo(2);
        long amal = recipients.idOf("amal@demo.brohamn.example").orElseThrow().value();
        assertThat(participants.activeOf(amal)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select visible_to_participants from employers_card where account_id = ?", Boolean.class, amal))
                .as("Amal's card is shown to the other participants")
                .isTrue();
    }
}
