package se.brobygge.employers.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.brobygge.employers.Occupations;

/**
 * A short list of common SSYK 2012 occupations (unit groups), until the shared occupation list
 * (mentoring) is merged; the lead replaces this bean with an adapter to it.
 */
@Component
class StopGapOccupations implements Occupations {

    private record Entry(String code, String sv, String en, String ar) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("5321", "Undersköterskor, vård- och specialavdelning", "Assistant nurses", "مساعدو التمريض"),
            new Entry("5311", "Barnskötare", "Childcare workers", "مربو الأطفال"),
            new Entry("5120", "Kockar och kallskänkor", "Cooks", "الطهاة"),
            new Entry("9412", "Restaurang- och köksbiträden", "Kitchen helpers", "مساعدو المطبخ"),
            new Entry("5223", "Butikssäljare, fackhandel", "Shop sales assistants", "بائعو المتاجر"),
            new Entry("8332", "Lastbilsförare", "Truck drivers", "سائقو الشاحنات"),
            new Entry("7112", "Murare", "Bricklayers", "عمال البناء بالطوب"),
            new Entry("7411", "Installationselektriker", "Electricians", "الكهربائيون"),
            new Entry("2512", "Mjukvaru- och systemutvecklare", "Software developers", "مطورو البرمجيات"),
            new Entry("4110", "Kontorsassistenter och sekreterare", "Office assistants", "مساعدو المكاتب"),
            new Entry("9111", "Städare", "Cleaners", "عمال النظافة"),
            new Entry("2341", "Grundskollärare", "Primary school teachers", "معلمو المدارس الابتدائية"),
            new Entry("4321", "Lagerpersonal", "Warehouse workers", "عمال المستودعات"),
            new Entry("2221", "Sjuksköterskor", "Nurses", "الممرضون"));

    @Override
    public List<Occupation> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return ENTRIES.stream().map(e -> new Occupation(e.code(), name(e, locale)))
                .sorted(Comparator.comparing(Occupation::name, collator)).toList();
    }

    @Override
    public Optional<Occupation> find(String code, Locale locale) {
        return ENTRIES.stream().filter(e -> e.code().equals(code)).findFirst()
                .map(e -> new Occupation(e.code(), name(e, locale)));
    }

    private static String name(Entry e, Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> e.en();
            case "ar" -> e.ar();
            default -> e.sv();
        };
    }
}
