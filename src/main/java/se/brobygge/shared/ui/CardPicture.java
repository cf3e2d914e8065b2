package se.brobygge.shared.ui;

import com.vaadin.flow.component.html.Image;

/**
 * The small picture beside an item in a list (a place's photo, an event's, an association's logo):
 * its alt text is the uploader's description, it loads only when scrolled near, and its size is
 * known before it arrives so the list does not jump.
 */
public final class CardPicture {

    /** The CSS size of the picture, in px. */
    public static final int SIZE = 72;

    private CardPicture() {}

    public static Image of(String src, String altText) {
        Image picture = new Image(src, altText);
        picture.addClassName("card-picture");
        picture.getElement().setAttribute("loading", "lazy");
        picture.getElement().setAttribute("width", String.valueOf(SIZE));
        picture.getElement().setAttribute("height", String.valueOf(SIZE));
        return picture;
    }
}
