package se.brobygge.places;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.places.internal.PhotoEntity;
import se.brobygge.places.internal.PhotoRepository;
import se.brobygge.places.internal.PhotoRow;
import se.brobygge.shared.InvalidInputException;

/**
 * Photos of meeting places. An upload is checked by its bytes (never its file name), decoded and
 * re-encoded as JPEG: that drops every bit of metadata (EXIF, GPS position, camera serial) and any
 * payload hidden in the file. Photos live in the database so every application node serves them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PlacePhotoService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_EDGE = 1600;
    static final int ALT_TEXT_MAX = 200;
    /** Refuse images that would need more than this many pixels of memory to decode. */
    private static final long MAX_SOURCE_PIXELS = 50_000_000L;

    enum Format {
        JPEG,
        PNG,
        WEBP
    }

    private final PhotoRepository photos;
    private final PlaceService places;
    private final Clock clock;

    PlacePhotoService(PhotoRepository photos, PlaceService places, Clock clock) {
        this.photos = photos;
        this.places = places;
        this.clock = clock;
    }

    /**
     * Adds a photo. Staff may add to any place, the proposer to their proposal while it waits.
     *
     * @throws InvalidInputException field {@code photo} (size, type, unreadable) or {@code altText}
     */
    @Transactional
    public PlacePhoto upload(PlaceId placeId, byte[] content, String altText) {
        if (!places.mayEdit(placeId)) {
            throw new AccessDeniedException("Not allowed to add photos to place " + placeId);
        }
        String alt = altText.strip();
        if (alt.isEmpty() || alt.length() > ALT_TEXT_MAX) {
            throw new InvalidInputException("altText", "places.error.altText");
        }
        Reencoded jpeg = reencode(content);
        PhotoEntity saved = photos.save(
                new PhotoEntity(placeId.value(), alt, jpeg.width(), jpeg.height(), jpeg.bytes(), clock.instant()));
        return PlaceService.toPhoto(new PhotoRow(saved.id(), placeId.value(), alt, jpeg.width(), jpeg.height()));
    }

    @Transactional
    public void delete(long photoId) {
        PhotoEntity photo = photos.findById(photoId).orElseThrow(() -> new IllegalArgumentException("No photo"));
        if (!places.mayEdit(new PlaceId(photo.placeId()))) {
            throw new AccessDeniedException("Not allowed to delete photo " + photoId);
        }
        photos.delete(photo);
    }

    /** The JPEG bytes of a photo whose place the current visitor may see. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> jpeg(long photoId) {
        return photos.contentOf(photoId)
                .filter(c -> places.find(new PlaceId(c.placeId())).isPresent())
                .map(c -> c.content());
    }

    record Reencoded(byte[] bytes, int width, int height) {}

    /** Decodes an uploaded image and writes it anew as a plain JPEG, at most {@link #MAX_EDGE} px. */
    static Reencoded reencode(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("photo", "places.error.photo.size");
        }
        Format format = detect(content);
        if (format == null) {
            throw new InvalidInputException("photo", "places.error.photo.type");
        }
        BufferedImage source = decode(content, format);
        int width = source.getWidth();
        int height = source.getHeight();
        double scale = Math.min(1.0, (double) MAX_EDGE / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage target = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE); // transparent PNG/WebP areas become white
            g.fillRect(0, 0, targetWidth, targetHeight);
            g.drawImage(source, 0, 0, targetWidth, targetHeight, null);
        } finally {
            g.dispose();
        }
        return new Reencoded(writeJpeg(target), targetWidth, targetHeight);
    }

    /** The format by the file's magic bytes. */
    static @Nullable Format detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (b.length >= 8 && Arrays.equals(Arrays.copyOf(b, 8), png)) {
            return Format.PNG;
        }
        if (b.length >= 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Format.WEBP;
        }
        return null;
    }

    private static BufferedImage decode(byte[] content, Format format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers =
                    ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
            if (in == null || !readers.hasNext()) {
                throw new InvalidInputException("photo", "places.error.photo.type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // ignore metadata: it is never read, let alone kept
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_SOURCE_PIXELS) {
                    throw new InvalidInputException("photo", "places.error.photo.dimensions");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("photo", "places.error.photo.unreadable");
        }
    }

    private static byte[] writeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
