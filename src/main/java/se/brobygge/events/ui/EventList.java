package se.brobygge.events.ui;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.EventId;
import se.brobygge.events.EventPage;
import se.brobygge.events.EventPhoto;
import se.brobygge.events.EventPhotoService;
import se.brobygge.events.EventSummary;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * Events as a lazily rendered list: the browser draws only the cards in view from a small
 * template, and the server keeps no component per event (a list of 50 events costs a few
 * kilobytes per session instead of hundreds). Text goes in as data, never as markup.
 */
class EventList extends VirtualList<EventSummary> {

    private final Language page;
    private final EventPhotoService photos;
    /**
     * The events already read for the first page, until the list asks for its first rows; then
     * each request reads its rows anew, so the session keeps no copy of them.
     */
    private @Nullable List<EventSummary> waiting;
    /** The photos of the rows last sent, by event (few: most events have none). */
    private Map<EventId, EventPhoto> pictures = Map.of();

    EventList(Locale locale, PlaceLabels labels, EventPhotoService photos) {
        this.page = Language.of(locale);
        this.photos = photos;
        addClassName("event-list");
        getElement().setAttribute("aria-label", getTranslation("events.list.title"));
        setRenderer(LitRenderer.<EventSummary>of("""
                <div class="event-card">
                  <span class="card-picture" role="img" ?hidden="${!item.picture}"
                    aria-label="${item.alt}" style="${item.picture}"></span>
                  <h2><a href="${item.href}" lang="${item.lang}" dir="auto">${item.title}</a></h2>
                  <span class="written-in">${item.mark}</span>
                  <p>${item.when}</p>
                  <p class="event-where" ?hidden="${!item.where}">${item.where}</p>
                  <p class="event-languages" ?hidden="${!item.languages}">${item.languages}</p>
                  <p class="event-facts">${item.facts}</p>
                  <p>${item.seats}</p>
                </div>""")
                .withProperty("href", e -> "events/" + e.id())
                .withProperty("picture", this::picture)
                .withProperty(
                        "alt",
                        e -> pictures.containsKey(e.id()) ? pictures.get(e.id()).altText() : "")
                .withProperty("title", e -> e.titles().in(page).text())
                .withProperty("lang", e -> e.titles().in(page).language().code())
                .withProperty("mark", this::mark)
                .withProperty("when", e -> Formats.dateTime(e.startsAt(), locale))
                .withProperty("where", e -> labels.where(e, this::getTranslation))
                .withProperty(
                        "languages",
                        e -> e.languages().isEmpty()
                                ? ""
                                : getTranslation("events.spokenIn", PlaceLabels.spoken(e.languages(), locale)))
                .withProperty("facts", this::facts)
                .withProperty("seats", e -> EventCard.seats(this, e)));
    }

    /** Fetches a page of events: offset and limit. */
    @FunctionalInterface
    interface Pages {
        List<EventSummary> fetch(int offset, int limit);
    }

    /**
     * Shows all {@code first.total()} events lazily: the first page is already here, later pages
     * are fetched as the reader scrolls. Only the pages in view are kept, and of each event only
     * what a card shows (no description, address or organiser).
     */
    void show(EventPage first, Pages more) {
        List<EventSummary> firstPage = first.events().stream().map(this::shown).toList();
        waiting = firstPage;
        int total = (int) Math.min(Integer.MAX_VALUE, first.total());
        setDataProvider(DataProvider.<EventSummary>fromCallbacks(
                query -> {
                    int offset = query.getOffset();
                    int limit = query.getLimit();
                    // the first page serves the list's first request only: nothing is kept for later
                    List<EventSummary> ready = waiting;
                    waiting = null;
                    List<EventSummary> page = ready != null && (long) offset + limit <= ready.size()
                            ? ready.subList(offset, offset + limit)
                            : more.fetch(offset, limit).stream()
                                    .map(this::shown)
                                    .toList();
                    pictures = photos.photos(page.stream().map(EventSummary::id).toList());
                    return page.stream();
                },
                query -> total));
    }

    /** The small photo as the card's background, or empty: the address holds only numbers. */
    private String picture(EventSummary e) {
        EventPhoto photo = pictures.get(e.id());
        return photo == null ? "" : "background-image: url('" + photo.smallUrl() + "')";
    }

    /**
     * Of each event only what a card shows: no description, address or organiser, and of the
     * title only the Swedish original and the page's language.
     */
    private EventSummary shown(EventSummary e) {
        String translated = e.titleTranslations().get(page);
        return EventSummary.builder()
                .id(e.id())
                .titles(MultilingualText.swedish(e.title(), translated == null ? Map.of() : Map.of(page, translated)))
                .startsAt(e.startsAt())
                .endsAt(e.startsAt())
                .placeId(e.placeId())
                .onlineUrl(e.onlineUrl())
                .languages(e.languages().stream().map(String::intern).collect(Collectors.toUnmodifiableSet()))
                .category(e.category())
                .audience(e.audience())
                .childFriendly(e.childFriendly())
                .costSek(e.costSek())
                .capacity(e.capacity())
                .confirmed(e.confirmed())
                .status(e.status())
                .build();
    }

    /** "Written in Swedish" when the title is not given in the page's language; empty otherwise. */
    private String mark(EventSummary e) {
        MultilingualText.Shown shown = e.titles().in(page);
        return shown.fallsBackFrom(page)
                ? getTranslation(
                        "content.writtenIn", LanguageNames.of(shown.language().code(), page.locale()))
                : "";
    }

    private String facts(EventSummary e) {
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("events.category." + e.category()));
        facts.add(getTranslation("events.audience." + e.audience()));
        if (e.free()) {
            facts.add(getTranslation("events.free"));
        }
        if (e.childFriendly()) {
            facts.add(getTranslation("events.childFriendly"));
        }
        return String.join(" · ", facts);
    }
}
