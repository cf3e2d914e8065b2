package se.brobygge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaFieldAccess.AccessType;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.Roles;
import se.brobygge.shared.csv.CsvWriter;
import se.brobygge.shared.ui.DateField;
import se.brobygge.shared.ui.RichTextView;
import se.brobygge.support.JavaSources;

/** House rules the compiler cannot check. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.brobygge");
    static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("se.brobygge");

    @Test
    void everyRouteHasExactlyOneAccessAnnotation() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should(new ArchCondition<>("have exactly one of @AnonymousAllowed, @PermitAll, @RolesAllowed") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        long count = Stream.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class)
                                .filter(item::isAnnotatedWith)
                                .count();
                        if (count != 1) {
                            events.add(SimpleConditionEvent.violated(
                                    item, item.getName() + " has " + count + " access annotations"));
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void everyPublicServiceChecksAccessItself() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .and()
                .haveModifier(JavaModifier.PUBLIC)
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .because("security lives in services, not only in views")
                .check(MAIN);
    }

    @Test
    void untrustedTextIsNeverRenderedAsHtml() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(RichTextView.class.getName())
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Html.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Markdown.class)
                .because("user text goes through setText, or as Markdown through RichTextView, which renders and"
                        + " sanitises it on the server (RichText)")
                .check(MAIN);
    }

    @Test
    void onlyTheSharedWriterWritesCsv() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(CsvWriter.class)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .because("every CSV export goes through CsvWriter, which neutralises formulas in text cells")
                .check(MAIN);
    }

    @Test
    void dateAndTimePickersSpeakThePagesLanguage() {
        Set<String> pickers =
                Set.of(DatePicker.class.getName(), DateTimePicker.class.getName(), TimePicker.class.getName());
        noClasses()
                .that()
                .resideOutsideOfPackage(DateField.class.getPackageName())
                .should()
                .callConstructorWhere(DescribedPredicate.describe(
                        "a Vaadin date or time picker",
                        call -> pickers.contains(call.getTargetOwner().getName())))
                .because("pickers come from shared.ui (DateField, DateTimeField, TimeField), which give them the"
                        + " page's month and day names, first day of the week, formats and clock")
                .check(MAIN);
    }

    @Test
    void onlyRichTextViewSetsInnerHtml() throws IOException {
        Path allowed = Path.of("src/main/java/se/brobygge/shared/ui/RichTextView.java");
        try (var files = Files.walk(Path.of("src/main/java"))) {
            var offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.equals(allowed))
                    .filter(f -> {
                        try {
                            String source = Files.readString(f);
                            return source.contains("innerHTML")
                                    || source.contains("outerHTML")
                                    || source.contains("insertAdjacentHTML");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
            Assertions.assertThat(offenders).as("files setting HTML").isEmpty();
            Assertions.assertThat(Files.readString(allowed))
                    .as("RichTextView sets only what RichText.toSafeHtml returns")
                    .contains("setProperty(\"innerHTML\", RichText.toSafeHtml(");
        }
    }

    @Test
    void entitiesAndRepositoriesLiveInTheirModulesInternalPackage() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .or()
                .areAssignableTo(Repository.class)
                .should()
                .resideInAPackage("..internal..")
                .because("a module's root package is its API; its tables are its own business (ARCHITECTURE.md)")
                .check(MAIN);
    }

    @Test
    void onlyAnEntityChangesItsOwnFields() {
        classes()
                .should(new ArchCondition<>("write no field of an entity other than themselves") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (JavaFieldAccess access : origin.getFieldAccessesFromSelf()) {
                            JavaClass owner = access.getTargetOwner();
                            if (access.getAccessType() == AccessType.SET
                                    && owner.isAnnotatedWith(Entity.class)
                                    && !topLevel(origin).equals(topLevel(owner))) {
                                events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                            }
                        }
                    }
                })
                .because("entities guard their own state: post.hide(reason, by), not post.state = HIDDEN")
                .check(MAIN);
        fields().that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Entity.class)
                .and()
                .areNotStatic()
                .should()
                .notBePublic()
                .check(MAIN);
    }

    @Test
    void noClassInMainIsLongerThan400Lines() {
        List<String> tooLong = JavaSources.files(JavaSources.MAIN).stream()
                .filter(f -> JavaSources.lines(f) > 400)
                .map(f -> f + ": " + JavaSources.lines(f) + " lines")
                .toList();
        assertThat(tooLong)
                .as("classes over 400 lines; split them along their use cases")
                .isEmpty();
    }

    @Test
    void accessRulesNameRolesThroughTheirConstants() {
        Pattern literalRole = Pattern.compile("has(Any)?(Role|Authority)\\(\\s*'");
        Path roles = JavaSources.MAIN.resolve("se/brobygge/identity/Roles.java");
        List<String> literals = JavaSources.files(JavaSources.MAIN).stream()
                .filter(f -> !f.equals(roles))
                .flatMap(f -> JavaSources.read(f)
                        .lines()
                        .filter(line -> literalRole.matcher(line).find())
                        .map(line -> f + ": " + line.strip()))
                .toList();
        assertThat(literals)
                .as("@PreAuthorize with role names written out; use Roles.HAS_STAFF and its siblings")
                .isEmpty();
        classes()
                .that()
                .areAnnotatedWith(RolesAllowed.class)
                .should(new ArchCondition<>("allow only roles that Roles names") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        for (String role :
                                item.getAnnotationOfType(RolesAllowed.class).value()) {
                            if (!Roles.ALL.contains(role)) {
                                events.add(SimpleConditionEvent.violated(item, item.getName() + " allows " + role));
                            }
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void classesAreNamedByImportsNotInline() {
        List<String> inline = Stream.of(JavaSources.MAIN, JavaSources.TEST)
                .flatMap(root -> JavaSources.files(root).stream())
                .flatMap(f -> JavaSources.inlineQualifiedNames(f).stream())
                .toList();
        assertThat(inline).as("qualified class names in code; import them").isEmpty();
    }

    @Test
    void everyPackageIsNullMarked() {
        List<String> unmarked = MAIN.stream()
                .map(JavaClass::getPackage)
                .distinct()
                .filter(p -> !p.isAnnotatedWith(NullMarked.class))
                .map(JavaPackage::getName)
                .sorted()
                .toList();
        assertThat(unmarked)
                .as("packages without @NullMarked in package-info.java (NullAway checks only marked ones)")
                .isEmpty();
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    @Test
    void testClassesFollowTheSuffixConvention() {
        classes()
                .that(topLevelTestClasses())
                .should()
                .haveSimpleNameEndingWith("Test")
                .orShould()
                .haveSimpleNameEndingWith("Tests")
                .orShould()
                .haveSimpleNameEndingWith("IT")
                .orShould()
                .haveSimpleNameEndingWith("KT")
                .orShould()
                .haveSimpleNameEndingWith("BT")
                .orShould()
                .haveSimpleNameEndingWith("Benchmark")
                .because("Test: unit; IT: Spring on MariaDB; KT: Karibu; BT: browser; Benchmark: -Pbench only")
                .check(TESTS);
    }

    private static DescribedPredicate<JavaClass> topLevelTestClasses() {
        return new DescribedPredicate<>("top-level classes with @Test methods") {
            @Override
            public boolean test(JavaClass c) {
                return c.isTopLevelClass() && c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Test.class));
            }
        };
    }
}
