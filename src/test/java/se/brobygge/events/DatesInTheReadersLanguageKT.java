package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.support.RunAs.as;
import static se.brobygge.support.RunAs.run;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestSmtp;

/**
 * An event on a Tuesday in December at 17:30 in Stockholm, as a person reads it in each of
 * Brobygge's languages: on the event's page, in the sign-up mail, in the printed attendee list and
 * in the event feed. The month is the language's own word (not Swedish or English by accident),
 * the clock is the language's, and digits are Latin. Texts not yet translated may fall back to
 * English; the dates in them may not.
 */
class DatesInTheReadersLanguageKT extends KaribuTest {

    /** What a reader of the language must find in the date: the month's name and the clock. */
    private static final Map<Language, List<String>> EXPECTED = Map.of(
            Language.SWEDISH, List.of("december", "17:30"),
            Language.ENGLISH, List.of("December", "5:30", "PM"),
            Language.ARABIC, List.of("ديسمبر", "5:30", "م"),
            Language.DARI, List.of("دسمبر", "17:30"),
            Language.SOMALI, List.of("Diseembar", "5:30", "GD"),
            Language.TIGRINYA, List.of("ታሕሳስ", "5:30", "ድ.ቀ."),
            Language.UKRAINIAN, List.of("грудня", "17:30"));

    /** Month names a page must not fall back to in another language. */
    private static final List<String> FOREIGN = List.of("december", "December", "dec.", "Dec ");

    @LocalServerPort
    int port;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    CheckInService checkIns;

    @ParameterizedTest
    @EnumSource(Language.class)
    void theEventsDateReadsInThePersonsLanguageOnThePageInTheMailInThePdfAndInTheFeed(Language language)
            throws Exception {
        GreenMail smtp = TestSmtp.start();
        String marker = "datum" + System.nanoTime();
        LocalDateTime start = nextDecemberTuesday().atTime(17, 30);
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        EventId id = as(
                staff,
                Roles.STAFF,
                () -> editing.create(TestEvents.draft("Språkcafé " + marker, 10).at(start, start.plusHours(2), null)));
        TestAccounts.Created reader = accounts.createIn(language.code(), "Hana", Roles.RESIDENT);

        run(reader, Roles.RESIDENT, () -> signUps.signUp(id));
        MimeMessage mail = Mailbox.awaitOne(smtp, reader.email());
        assertReads(language, "mail", Mailbox.text(mail));
        assertThat(Mailbox.html(mail))
                .contains("lang=\"" + language.code() + "\"")
                .contains("dir=\"" + (language.rightToLeft() ? "rtl" : "ltr") + "\"");

        useLocale(language.locale());
        signInAs(reader, Roles.RESIDENT);
        UI.getCurrent().navigate("events/" + id.value());
        String page = _find(DescriptionList.Description.class).stream()
                .map(d -> d.getElement().getTextRecursively())
                .collect(Collectors.joining("\n"));
        assertReads(language, "event page", page);

        byte[] pdf = as(staff, Roles.STAFF, () -> checkIns.attendeesPdf(id, language.locale()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            assertReads(language, "attendee list PDF", text);
            assertThat(text).as("no missing glyphs").doesNotContain("#");
        }

        String atom = new BrowserlessHttp(port)
                .get("/feeds/events.atom?q=" + marker + "&lang="
                        + URLEncoder.encode(language.code(), StandardCharsets.UTF_8))
                .body();
        assertReads(language, "feed summary", summaries(atom));
    }

    private static void assertReads(Language language, String where, String text) {
        assertThat(text).as(where + " in " + language).contains(EXPECTED.get(language));
        assertThat(text.codePoints().filter(c -> c >= 0x0660 && c <= 0x0669 || c >= 0x06F0 && c <= 0x06F9))
                .as(where + " in " + language + ": Latin digits")
                .isEmpty();
        if (language != Language.SWEDISH && language != Language.ENGLISH) {
            assertThat(text)
                    .as(where + " in " + language + ": no Swedish or English month")
                    .doesNotContain(FOREIGN);
        }
        if (language == Language.SWEDISH || language == Language.UKRAINIAN || language == Language.DARI) {
            assertThat(text).as(where + " in " + language + ": a 24-hour clock").doesNotContain("PM");
        }
    }

    /** A Tuesday in December, at least a week ahead and within a year (the feed shows a year). */
    private static LocalDate nextDecemberTuesday() {
        LocalDate earliest = LocalDate.now(Formats.MUNICIPALITY_ZONE).plusDays(7);
        LocalDate candidate = earliest.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        while (candidate.getMonth() != Month.DECEMBER) {
            candidate = candidate.plusWeeks(1);
        }
        return candidate;
    }

    private static String summaries(String atom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(atom)));
        NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < entries.getLength(); i++) {
            out.append(((Element) entries.item(i)).getTextContent()).append('\n');
        }
        assertThat(entries.getLength()).as("the event is in the feed").isEqualTo(1);
        return out.toString();
    }
}
