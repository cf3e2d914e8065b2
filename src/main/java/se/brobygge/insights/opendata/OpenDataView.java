package se.brobygge.insights.opendata;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;

/** Documents the open data feeds: addresses, formats, fields, paging, caching and licence. */
@Route("open-data")
@AnonymousAllowed
class OpenDataView extends Main implements HasDynamicTitle {

    record Feed(String key, List<String> formats, List<String> fields) {}

    static final List<Feed> FEEDS = List.of(
            new Feed(
                    "events",
                    List.of("json", "atom", "ics"),
                    List.of(
                            "id",
                            "title",
                            "description",
                            "title_en",
                            "title_ar",
                            "title_prs",
                            "title_so",
                            "title_ti",
                            "title_uk",
                            "description_en",
                            "description_ar",
                            "description_prs",
                            "description_so",
                            "description_ti",
                            "description_uk",
                            "startsAt",
                            "endsAt",
                            "category",
                            "languages",
                            "childFriendly",
                            "free",
                            "costSek",
                            "seatsLeft",
                            "online",
                            "placeId",
                            "placeName",
                            "area",
                            "url",
                            "calendarUrl")),
            new Feed(
                    "places",
                    List.of("json", "atom"),
                    List.of(
                            "id",
                            "name",
                            "description",
                            "description_en",
                            "description_ar",
                            "description_prs",
                            "description_so",
                            "description_ti",
                            "description_uk",
                            "streetAddress",
                            "area",
                            "latitude",
                            "longitude",
                            "openingHours",
                            "openingHours_en",
                            "openingHours_ar",
                            "openingHours_prs",
                            "openingHours_so",
                            "openingHours_ti",
                            "openingHours_uk",
                            "accessibility",
                            "url",
                            "calendarUrl")),
            new Feed(
                    "activities",
                    List.of("json", "atom", "ics"),
                    List.of(
                            "id",
                            "title",
                            "description",
                            "title_en",
                            "title_ar",
                            "title_prs",
                            "title_so",
                            "title_ti",
                            "title_uk",
                            "description_en",
                            "description_ar",
                            "description_prs",
                            "description_so",
                            "description_ti",
                            "description_uk",
                            "weekday",
                            "startsAt",
                            "endsAt",
                            "recurrence",
                            "placeId",
                            "placeName",
                            "associationId",
                            "associationName",
                            "url")));

    OpenDataView(OpenData data) {
        addClassName("prose");
        add(new H1(getTranslation("opendata.title")));
        add(new Paragraph(getTranslation("opendata.intro")));
        add(new Paragraph(getTranslation("opendata.privacy")));
        for (Feed feed : FEEDS) {
            add(new H2(getTranslation("opendata.feed." + feed.key())));
            add(new Paragraph(getTranslation("opendata.feed." + feed.key() + ".text")));
            UnorderedList links = new UnorderedList();
            for (String format : feed.formats()) {
                String url = data.url(OpenDataController.BASE + "/" + feed.key() + "." + format);
                links.add(new ListItem(new Anchor(url, getTranslation("opendata.format." + format) + ": " + url)));
            }
            add(links);
            DescriptionList fields = new DescriptionList();
            fields.addClassName("opendata-fields");
            for (String field : feed.fields()) {
                fields.add(
                        new DescriptionList.Term(new Code(field)),
                        new DescriptionList.Description(withCode(explained(feed.key(), field))));
            }
            add(new Paragraph(getTranslation("opendata.fields")), fields);
        }
        add(new H2(getTranslation("opendata.paging.title")));
        add(withCode(getTranslation("opendata.paging.text")));
        add(new H2(getTranslation("opendata.caching.title")));
        add(withCode(getTranslation("opendata.caching.text")));
        add(new H2(getTranslation("opendata.schema.title")));
        String schema = data.url(OpenDataController.BASE + "/schema.json");
        add(new Paragraph(new Anchor(schema, getTranslation("opendata.schema.link") + ": " + schema)));
        add(new H2(getTranslation("opendata.licence.title")));
        add(new Paragraph(getTranslation("opendata.licence.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opendata.title") + " – Brobygge";
    }

    /**
     * What a field holds. A text in another language ({@code description_ar} of places and
     * activities) is explained with its Swedish field's name and its language; events name each one.
     */
    private String explained(String feed, String field) {
        String key = "opendata.field." + feed + "." + field;
        int cut = field.lastIndexOf('_');
        Optional<Language> language =
                cut < 0 || feed.equals("events") ? Optional.empty() : Language.byCode(field.substring(cut + 1));
        if (language.isEmpty()) {
            return getTranslation(key);
        }
        String original = field.substring(0, cut);
        String named = getTranslation(
                "content.editor.inLanguage",
                getTranslation("opendata.field." + feed + "." + original),
                LanguageNames.of(language.get().code(), getLocale()));
        return getTranslation("opendata.field.translation", named, original);
    }

    /** A text whose `marked` parts are names from the feeds (fields, parameters, headers): shown as code. */
    private static Paragraph withCode(String text) {
        Paragraph paragraph = new Paragraph();
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                Code code = new Code(parts[i]);
                code.getElement().setAttribute("dir", "ltr");
                paragraph.add(code);
            } else if (!parts[i].isEmpty()) {
                paragraph.add(new Text(parts[i]));
            }
        }
        return paragraph;
    }
}
