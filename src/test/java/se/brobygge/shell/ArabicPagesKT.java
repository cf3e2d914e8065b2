package se.brobygge.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.ClassUtils;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Roles;
import se.brobygge.shared.LocalRunOnly;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.UiLanguage;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.OwnContextSecurity;
import se.brobygge.support.TestAccounts;

/**
 * Every page, in Arabic, is written in Arabic: no Swedish or English word of the code's own, no raw
 * code ("prs", "BLOCK", "word:sv:…"). The local run's demo data is made first, so the pages show
 * the people, events, dialogues and moderation they show in a demonstration. Then the test visits
 * every route as a visitor and as each demo person (following the links it finds to reach routes
 * with an id), reads what a person sees or hears (text, labels, placeholders, helper texts,
 * aria-labels, titles, grid cells and headers, combo box items, the reconnect texts) and lists each
 * Latin-script word that is neither content written by people (marked {@code dir="auto"} or
 * {@code lang} on the page, or stored in the database as a name, title or text) nor in the allow-list.
 * <p>
 * It runs on a schema of its own, holding the demo data only: the shared test schema also holds what other
 * tests stored (attack payloads, test names, raw mail errors), which no page shows real people and
 * which would make the result depend on the order the tests run in.
 */
@TestPropertySource(properties = "brobygge.test.schema-suffix=_arabic")
@ExtendWith(OwnContextSecurity.class)
class ArabicPagesKT extends KaribuTest {

    /**
     * Latin-script words that belong on an Arabic page. Keep it short and say why: anything else
     * is a text that should come from the translations.
     */
    private static final Set<String> ALLOWED = Set.of(
            "Brobygge", // the service's name
            "Brohamn",
            "Brohamns",
            "kommun", // the (fictional) municipality's name, "Brohamns kommun"
            "CSV",
            "PDF",
            "iCal", // file formats people pick by these names
            "BankID",
            "Digg",
            "IMY", // a brand and the authorities' own short names
            "JSON",
            "ZIP",
            "PNG",
            "JPEG",
            "WebP",
            "HTML",
            "Markdown",
            "RSS",
            "Atom",
            "iCalendar",
            "QR", // formats
            "GDPR",
            "WCAG",
            "AA",
            "ISO",
            "CC",
            "axe", // standards and tools named as they are written
            "SFI"); // "Svenska för invandrare", the name of the Swedish course, as newcomers know it

    private static final Pattern LATIN_TOKEN = Pattern.compile("[\\p{IsLatin}\\d][\\p{IsLatin}\\p{M}\\d]*");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w.-]+");
    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S*|(?<![\\p{L}\\d])/[\\w/.-]+");
    /**
     * Database columns that hold codes, not text people wrote: their values must never pass for
     * content ("prs", "BLOCK" are exactly what the page must not show raw). Every other text column
     * holds names, titles and texts written by people.
     */
    private static final Set<String> CODE_COLUMNS = Set.of(
            "language",
            "languages",
            "status",
            "state",
            "kind",
            "type",
            "action",
            "role",
            "roles",
            "category",
            "audience",
            "reason",
            "code",
            "token",
            "email",
            "target",
            "module",
            "review",
            "outcome",
            "rule",
            "level",
            "swedish_level",
            "explanation",
            "shared_languages",
            "shared_interests",
            "interests",
            "times",
            "goals",
            "modes",
            "age_band",
            "gender",
            "recurrence",
            "weekday",
            "oidc_issuer",
            "oidc_subject",
            "link",
            "url",
            "website",
            "logo",
            "photo",
            "image");
    /** Codes that are meant to be shown as they are: a person's sign-up code, read out at the door. */
    private static final Set<String> SHOWN_CODES = Set.of("events_signup.code");

    private static final List<String> SYSTEM_TABLES =
            List.of("notifications_", "flyway", "moderation_setting", "mentoring_consent");
    /** Properties and attributes that a person sees or a screen reader says. */
    private static final List<String> SPOKEN = List.of(
            "label",
            "placeholder",
            "helperText",
            "helper-text",
            "aria-label",
            "title",
            "alt",
            "errorMessage",
            "accessibleName",
            "accessible-name");

    @Autowired
    JdbcTemplate jdbc;

    private static boolean demoMade;

    @Test
    void everyPageInArabicIsWrittenInArabic() throws Exception {
        makeDemoData();
        Map<String, List<String>> contentByWord = contentByWord();
        Map<String, Set<String>> found = new TreeMap<>();
        Set<String> visited = new TreeSet<>();
        List<Visitor> visitors = List.of(
                new Visitor(null, new String[0]),
                new Visitor("amal@demo.brohamn.example", new String[] {Roles.RESIDENT}),
                new Visitor("sara@demo.brohamn.example", new String[] {Roles.RESIDENT, Roles.ASSOCIATION_REP}),
                new Visitor("johan@demo.brohamn.example", new String[] {Roles.RESIDENT, Roles.EMPLOYER}),
                new Visitor("lina@demo.brohamn.example", new String[] {Roles.STAFF}),
                new Visitor("admin@demo.brohamn.example", new String[] {Roles.STAFF, Roles.ADMIN}));
        for (Visitor visitor : visitors) {
            signOut();
            if (visitor.email() != null) {
                signInAs(visitor);
            }
            chooseArabic(visitor);
            crawl(visitor, contentByWord, found, visited);
        }
        System.out.println("Visited in Arabic: " + visited);
        assertThat(visited).as("routes visited").hasSizeGreaterThan(40);
        Map<String, List<String>> report = new TreeMap<>();
        found.forEach((word, where) -> report.put(
                word + " (" + where.size() + "×)", where.stream().limit(3).toList()));
        assertThat(report)
                .as("Latin-script words on Arabic pages (word → where, the first three)")
                .isEmpty();
    }

    /**
     * As the language switcher does: the choice is kept (in the account, or the session) and the
     * page loads again, so the layout is built in Arabic too.
     */
    private void chooseArabic(Visitor visitor) {
        if (visitor.email() != null) {
            jdbc.update("UPDATE identity_account SET preferred_language = 'ar' WHERE email = ?", visitor.email());
        }
        UiLanguage.remember(Language.ARABIC);
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
    }

    private record Visitor(String email, String[] roles) {
        String who() {
            return email == null ? "visitor" : email.substring(0, email.indexOf('@'));
        }
    }

    private void crawl(
            Visitor visitor,
            Map<String, List<String>> contentByWord,
            Map<String, Set<String>> found,
            Set<String> visited) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        Deque<String> queue = new ArrayDeque<>();
        List<String> withParameters = new ArrayList<>();
        for (var route : routes.getAvailableRoutes()) {
            String template = route.getTemplate();
            if (template.contains(":")) {
                withParameters.add(template);
            } else {
                queue.add(template);
            }
        }
        Map<Class<?>, Integer> seen = new HashMap<>();
        Set<String> tried = new HashSet<>();
        boolean fallbacksQueued = false;
        while (!queue.isEmpty() || !fallbacksQueued) {
            if (queue.isEmpty()) {
                // routes that no link led to: with an unknown id they still say "not found" in Arabic
                withParameters.forEach(t -> queue.add(t.replaceAll(":[^/]+", "1")));
                fallbacksQueued = true;
                continue;
            }
            String location = queue.poll();
            var target = routes.getRoute(location);
            // each view up to three times (three events, three conversations): enough to meet their variants
            if (!tried.add(location) || target.isEmpty() || seen.getOrDefault(target.get(), 0) >= 3) {
                continue;
            }
            try {
                UI.getCurrent().navigate(location);
            } catch (RuntimeException failed) {
                System.out.println("Could not open " + location + " as " + visitor.who() + ": " + failed);
                continue;
            }
            Class<?> shown = UI.getCurrent()
                    .getInternals()
                    .getActiveRouterTargetsChain()
                    .getFirst()
                    .getClass();
            seen.merge(target.get(), 1, Integer::sum);
            String where = location + " (" + visitor.who() + ")";
            visited.add(shown.getSimpleName());
            for (String text : visibleTexts()) {
                for (String word : latinWords(text, contentByWord)) {
                    if (isSignUpCode(word)) {
                        continue;
                    }
                    found.computeIfAbsent(word, w -> new TreeSet<>()).add(where + ": «" + clip(text) + "»");
                }
            }
            for (String link : links()) {
                if (!tried.contains(link)) {
                    queue.add(link);
                }
            }
        }
    }

    /**
     * A sign-up code is read out at the door, not a word: it is checked against the sign-ups as they
     * are when the page shows it, so one made after the content was read counts too.
     */
    private boolean isSignUpCode(String word) {
        return word.length() == 8
                && word.equals(word.toUpperCase(Locale.ROOT))
                && jdbc.queryForObject("SELECT COUNT(*) FROM events_signup WHERE code = ?", Integer.class, word) > 0;
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine;
    }

    /** The Latin-script words of a text that are not content, an address or allowed. */
    static List<String> latinWords(String text, Map<String, List<String>> contentByWord) {
        String rest = URL.matcher(EMAIL.matcher(text).replaceAll(" ")).replaceAll(" ");
        Set<String> words = words(rest);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>();
        words.forEach(w -> candidates.addAll(contentByWord.getOrDefault(w, List.of())));
        candidates.sort(Comparator.comparingInt(String::length).reversed());
        for (String content : candidates) {
            rest = rest.replace(content, " ");
        }
        return words(rest).stream().filter(w -> !ALLOWED.contains(w)).toList();
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = LATIN_TOKEN.matcher(text);
        while (m.find()) {
            // a code such as a sign-up code "KY8DUYHH" or "WCAG 2.1" parts with digits is not a word
            if (!m.group().chars().anyMatch(Character::isDigit)) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** What the page shows or says, without the parts marked as people's own text. */
    private static List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        UI ui = UI.getCurrent();
        texts.add(ui.getInternals().getTitle());
        texts.add(ui.getReconnectDialogConfiguration().getDialogText());
        texts.add(ui.getReconnectDialogConfiguration().getDialogTextGaveUp());
        // the view and its layouts hang under the UI as a virtual child; dialogs and notifications too
        Set<Element> roots = new LinkedHashSet<>();
        roots.add(ui.getElement());
        roots.add(ui.getInternals().getActiveRouterTargetsChain().getLast().getElement());
        LocatorJ._find(Dialog.class).forEach(d -> roots.add(d.getElement()));
        LocatorJ._find(Notification.class).forEach(n -> roots.add(n.getElement()));
        roots.forEach(root -> collect(root, texts));
        for (Grid<?> grid : LocatorJ._find(Grid.class)) {
            gridTexts(grid, texts);
        }
        for (Select<?> select : LocatorJ._find(Select.class)) {
            selectTexts(select, texts);
        }
        for (ComboBox<?> box : LocatorJ._find(ComboBox.class)) {
            itemTexts(box.getGenericDataView().getItems().limit(60).toList(), box.getItemLabelGenerator(), texts);
        }
        for (MultiSelectComboBox<?> box : LocatorJ._find(MultiSelectComboBox.class)) {
            itemTexts(box.getGenericDataView().getItems().limit(60).toList(), box.getItemLabelGenerator(), texts);
        }
        texts.removeIf(t -> t == null || t.isBlank());
        return texts;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void itemTexts(List<?> items, ItemLabelGenerator generator, List<String> texts) {
        for (Object item : items) {
            texts.add(generator.apply(item));
        }
    }

    private static <T> void gridTexts(Grid<T> grid, List<String> texts) {
        List<Grid.Column<T>> columns =
                grid.getColumns().stream().filter(Component::isVisible).toList();
        columns.forEach(c -> texts.add(c.getHeaderText()));
        for (T item : GridKt._fetch(grid, 0, 25)) {
            for (Grid.Column<T> column : columns) {
                if (column.getRenderer() instanceof ComponentRenderer<?, T> renderer) {
                    collect(renderer.createComponent(item).getElement(), texts);
                } else {
                    texts.add(GridKt._getFormatted(column, item));
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void selectTexts(Select select, List<String> texts) {
        List<?> items = select.getGenericDataView().getItems().limit(60).toList();
        for (Object item : items) {
            if (item == null) {
                continue;
            }
            if (select.getItemRenderer() instanceof ComponentRenderer renderer) {
                collect(renderer.createComponent(item).getElement(), texts);
            } else if (select.getItemLabelGenerator() != null) {
                texts.add(((ItemLabelGenerator) select.getItemLabelGenerator()).apply(item));
            } else {
                texts.add(String.valueOf(item));
            }
        }
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        if (!element.isVisible() || element.hasAttribute("hidden")) {
            return;
        }
        // people's own text, marked so by the page in whatever language they wrote it; and what the
        // page marks as not to be translated (identifiers, a server's error message)
        if ("auto".equals(element.getAttribute("dir"))
                || "no".equals(element.getAttribute("translate"))
                || "code".equals(element.getTag())
                || element.hasAttribute("lang") && !"ar".equals(element.getAttribute("lang"))) {
            return;
        }
        // a select's items carry their label for the closed field, which shows only the chosen one
        boolean selectItem = "vaadin-select-item".equals(element.getTag());
        for (String name : selectItem ? List.<String>of() : SPOKEN) {
            if (element.hasAttribute(name)) {
                texts.add(element.getAttribute(name));
            }
            if (element.hasProperty(name) && element.getProperty(name) instanceof String value) {
                texts.add(value);
            }
        }
        element.getChildren().forEach(child -> collect(child, texts));
    }

    /** The addresses the page links to inside Brobygge. */
    private static Set<String> links() {
        Set<String> links = new LinkedHashSet<>();
        linksIn(UI.getCurrent().getElement(), links);
        return links;
    }

    private static void linksIn(Element element, Set<String> links) {
        for (String name : List.of("href", "path")) {
            String value = element.hasAttribute(name)
                    ? element.getAttribute(name)
                    : element.getProperty(name) instanceof String p ? p : null;
            if (value != null && !value.contains(":") && !value.startsWith("#")) {
                String path = value.replaceFirst("^/", "").replaceFirst("[?#].*$", "");
                links.add(path);
            }
        }
        element.getChildren().forEach(child -> linksIn(child, links));
    }

    /** Words of the database's names, titles and texts, each with the whole values that contain it. */
    private Map<String, List<String>> contentByWord() {
        Map<String, List<String>> byWord = new HashMap<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_name t, column_name c FROM information_schema.columns
                WHERE table_schema = DATABASE() AND data_type IN ('varchar', 'text', 'mediumtext', 'longtext')""");
        for (Map<String, Object> column : columns) {
            String table = String.valueOf(column.get("t")).toLowerCase(Locale.ROOT);
            String name = String.valueOf(column.get("c")).toLowerCase(Locale.ROOT);
            // texts the system wrote (mail subjects, settings, migrations) are not content
            if (SYSTEM_TABLES.stream().anyMatch(table::startsWith)) {
                continue;
            }
            boolean code = CODE_COLUMNS.contains(name)
                    || name.endsWith("_id")
                    || name.endsWith("_hash")
                    || name.endsWith("_code")
                    || name.endsWith("_token")
                    || name.endsWith("_language");
            if (code && !SHOWN_CODES.contains(table + "." + name)) {
                continue;
            }
            List<String> values = jdbc.queryForList(
                    "SELECT DISTINCT `" + name + "` FROM `" + column.get("t") + "` WHERE `" + name
                            + "` IS NOT NULL LIMIT 20000",
                    String.class);
            for (String value : values) {
                for (String word : words(value)) {
                    byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(value);
                    if ("display_name".equals(name)) {
                        byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(word); // "Erik" of "Erik Lindqvist"
                    }
                }
            }
        }
        return byWord;
    }

    /** Runs the local run's demo data makers (each makes its data once) in their order. */
    private void makeDemoData() throws Exception {
        if (demoMade) {
            return;
        }
        // the scanner asks LocalRunOnly's condition: it is the local run's environment that it must see
        var localRun = new MockEnvironment()
                .withProperty("brobygge.demo.enabled", "true")
                .withProperty("vaadin.productionMode", "false");
        localRun.setActiveProfiles("local");
        var scanner = new ClassPathScanningCandidateComponentProvider(false, localRun);
        scanner.addIncludeFilter(new AnnotationTypeFilter(LocalRunOnly.class));
        List<Object> makers = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("se.brobygge")) {
            Class<?> type = ClassUtils.resolveClassName(
                    String.valueOf(candidate.getBeanClassName()), getClass().getClassLoader());
            if (ApplicationRunner.class.isAssignableFrom(type)) {
                makers.add(context.getAutowireCapableBeanFactory().createBean(type));
            }
        }
        assertThat(makers).as("the demo data makers").hasSizeGreaterThan(5);
        makers.sort(AnnotationAwareOrderComparator.INSTANCE);
        for (Object maker : makers) {
            ((ApplicationRunner) maker).run(null);
        }
        demoMade = true;
    }

    private void signInAs(Visitor visitor) {
        Map<String, Object> row =
                jdbc.queryForMap("SELECT id, display_name FROM identity_account WHERE email = ?", visitor.email());
        signInAs(
                new TestAccounts.Created(
                        new AccountId(((Number) row.get("id")).longValue()),
                        visitor.email(),
                        String.valueOf(row.get("display_name")),
                        Set.of(visitor.roles())),
                visitor.roles());
    }
}
