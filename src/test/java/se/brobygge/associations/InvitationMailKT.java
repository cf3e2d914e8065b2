package se.brobygge.associations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.associations.AssociationTestData.draft;
import static se.brobygge.associations.AssociationTestData.unique;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Registration;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/**
 * Someone without an account is invited to represent an association: one mail in Swedish with the
 * link; they register with that address, open the link and accept, and represent the association.
 */
class InvitationMailKT extends KaribuTest {

    private static final Pattern LINK =
            Pattern.compile("http://localhost:8080/(associations/invitation/[A-Za-z0-9_-]+)");

    @Autowired
    AssociationService associations;

    @Autowired
    AssociationRepresentativeService associationRepresentatives;

    @Autowired
    RegistrationService registrations;

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    @Test
    void anUnknownAddressGetsOneMailWhoseLinkMakesTheNewAccountARepresentative() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        String name = unique("Inbjudna IF");
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(name)));
        String address = TestAccounts.uniqueEmail("inbjuden");

        RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associationRepresentatives.invite(id, address, RepresentativeRole.CONTACT_PERSON));
        MimeMessage mail = Mailbox.awaitOne(smtp, address);
        assertThat(subject(mail)).isEqualTo("Inbjudan att företräda " + name);
        assertThat(Mailbox.text(mail))
                .startsWith("Hej!")
                .contains("föreningen " + name)
                .contains("Öppna inbjudan:")
                .contains("http://localhost:8080/associations/invitation/")
                .contains("gäller i 14 dagar");
        assertThat(Mailbox.html(mail)).contains("lang=\"sv\"").contains("dir=\"ltr\"");
        Matcher link = LINK.matcher(Mailbox.text(mail));
        assertThat(link.find()).isTrue();

        // the invitee registers with the invited address and confirms it
        AccountId newcomer = registrations
                .register(new Registration(address, "en lång ny fras för kontot", "Nadia", "en"))
                .orElseThrow();
        MimeMessage verification = Mailbox.awaitCount(smtp, address, 2).stream()
                .filter(m -> !subject(m).startsWith("Inbjudan"))
                .findFirst()
                .orElseThrow();
        assertThat(registrations.verifyEmail(Mailbox.token(verification, "/verify-email")))
                .isEqualTo(RegistrationService.VerificationResult.VERIFIED);

        signInAs(new TestAccounts.Created(newcomer, address, "Nadia", Set.of(Roles.RESIDENT)), Roles.RESIDENT);
        UI.getCurrent().navigate(link.group(1));
        _click(_get(Button.class, spec -> spec.withClasses("accept-invitation")));

        assertThat(_get(H1.class).getText()).contains(name);
        assertThat(RunAs.as(
                        new TestAccounts.Created(newcomer, address, "Nadia", Set.of(Roles.RESIDENT)),
                        Roles.RESIDENT,
                        () -> associations.canManage(id)))
                .isTrue();
        assertThat(RunAs.as(sara, Roles.RESIDENT, () -> associationRepresentatives.representatives(id)))
                .extracting(r -> r.displayName() + ":" + r.role())
                .containsExactlyInAnyOrder("Sara:CHAIR", "Nadia:CONTACT_PERSON");
        assertThat(Mailbox.messagesFor(smtp, address))
                .filteredOn(m -> subject(m).startsWith("Inbjudan"))
                .as("exactly one invitation mail")
                .hasSize(1);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
