package se.brobygge.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Roles;
import se.brobygge.shared.LocalRunOnly;

/**
 * Demo people of the fictional Brohamns kommun, for the local run only. Created once; a restart
 * keeps what was changed. Organisations they represent are created by their own modules' demo data
 * with the ids used here.
 */
@Component
@LocalRunOnly
@Order(0)
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Every demo account has this password, for trying the ordinary login form too. */
    public static final String PASSWORD = "brobygge-demo";

    public record DemoPerson(
            String email,
            String name,
            String language,
            Set<String> languages,
            String area,
            Set<String> roles,
            @Nullable OrganisationKind represents,
            String description) {}

    public static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson(
                    "amal@demo.brohamn.example",
                    "Amal Haddad",
                    "ar",
                    Set.of("ar", "sv", "en"),
                    "Norrby",
                    Set.of(Roles.RESIDENT),
                    null,
                    "demo.person.newcomer"),
            new DemoPerson(
                    "erik@demo.brohamn.example",
                    "Erik Lindqvist",
                    "sv",
                    Set.of("sv", "en"),
                    "Söderdal",
                    Set.of(Roles.RESIDENT),
                    null,
                    "demo.person.resident"),
            new DemoPerson(
                    "sara@demo.brohamn.example",
                    "Sara Nilsson",
                    "sv",
                    Set.of("sv", "en", "so"),
                    "Centrum",
                    Set.of(Roles.RESIDENT),
                    OrganisationKind.ASSOCIATION,
                    "demo.person.association"),
            new DemoPerson(
                    "johan@demo.brohamn.example",
                    "Johan Ek",
                    "sv",
                    Set.of("sv", "en"),
                    "Västra hamnen",
                    Set.of(Roles.RESIDENT),
                    OrganisationKind.EMPLOYER,
                    "demo.person.employer"),
            new DemoPerson(
                    "lina@demo.brohamn.example",
                    "Lina Berg",
                    "sv",
                    Set.of("sv", "en", "ar"),
                    "Centrum",
                    Set.of(Roles.STAFF),
                    null,
                    "demo.person.staff"),
            new DemoPerson(
                    "admin@demo.brohamn.example",
                    "Anders Admin",
                    "sv",
                    Set.of("sv", "en"),
                    "Centrum",
                    Set.of(Roles.STAFF, Roles.ADMIN),
                    null,
                    "demo.person.admin"));

    private final AccountRepository accounts;
    private final RepresentationRepository representations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoData(
            AccountRepository accounts,
            RepresentationRepository representations,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.representations = representations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoPerson person : PEOPLE) {
            if (accounts.existsByEmail(person.email())) {
                continue;
            }
            Account account = new Account(person.email(), person.name(), person.language(), clock.instant());
            account.changePassword(passwordEncoder.encode(PASSWORD));
            account.markEmailVerified();
            account.updateProfile(person.name(), person.language(), person.languages(), person.area());
            account.roles().addAll(person.roles());
            account = accounts.save(account);
            if (person.represents() != null) {
                representations.save(new RepresentationEntity(
                        account.accountId().value(), person.represents(), 1L, clock.instant(), null));
            }
            created++;
        }
        if (created > 0) {
            log.info("Created {} demo accounts (password '{}')", created, PASSWORD);
        }
    }
}
