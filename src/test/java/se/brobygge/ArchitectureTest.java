package se.brobygge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.shared.ui.RichTextView;

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
                        long count = java.util.stream.Stream.of(
                                        AnonymousAllowed.class, PermitAll.class, RolesAllowed.class)
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
                .areAssignableTo(com.vaadin.flow.component.Html.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(com.vaadin.flow.component.markdown.Markdown.class)
                .because("user text goes through setText, or as Markdown through RichTextView, which renders and"
                        + " sanitises it on the server (RichText)")
                .check(MAIN);
    }

    @Test
    void onlyTheSharedWriterWritesCsv() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(se.brobygge.shared.csv.CsvWriter.class)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .because("every CSV export goes through CsvWriter, which neutralises formulas in text cells")
                .check(MAIN);
    }

    @Test
    void dateAndTimePickersSpeakThePagesLanguage() {
        java.util.Set<String> pickers = java.util.Set.of(
                com.vaadin.flow.component.datepicker.DatePicker.class.getName(),
                com.vaadin.flow.component.datetimepicker.DateTimePicker.class.getName(),
                com.vaadin.flow.component.timepicker.TimePicker.class.getName());
        noClasses()
                .that()
                .resideOutsideOfPackage(se.brobygge.shared.ui.DateField.class.getPackageName())
                .should()
                .callConstructorWhere(DescribedPredicate.describe(
                        "a Vaadin date or time picker",
                        call -> pickers.contains(call.getTargetOwner().getName())))
                .because("pickers come from shared.ui (DateField, DateTimeField, TimeField), which give them the"
                        + " page's month and day names, first day of the week, formats and clock")
                .check(MAIN);
    }

    @Test
    void onlyRichTextViewSetsInnerHtml() throws java.io.IOException {
        java.nio.file.Path allowed = java.nio.file.Path.of("src/main/java/se/brobygge/shared/ui/RichTextView.java");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            var offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.equals(allowed))
                    .filter(f -> {
                        try {
                            String source = java.nio.file.Files.readString(f);
                            return source.contains("innerHTML")
                                    || source.contains("outerHTML")
                                    || source.contains("insertAdjacentHTML");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            org.assertj.core.api.Assertions.assertThat(offenders)
                    .as("files setting HTML")
                    .isEmpty();
            org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(allowed))
                    .as("RichTextView sets only what RichText.toSafeHtml returns")
                    .contains("setProperty(\"innerHTML\", RichText.toSafeHtml(");
        }
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
