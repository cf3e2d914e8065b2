package se.brobygge.shared.upload;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.InvalidInputException;

/**
 * Photos that people upload (of places, of events): checked by their bytes (never the file name),
 * decoded and written anew as a plain JPEG of at most {@link #MAX_EDGE} px. That drops every bit of
 * metadata (EXIF, GPS position, camera serial) and any payload hidden in the file. Refusals are
 * {@link InvalidInputException}s on the field {@code photo}, with the message keys
 * {@code <prefix>.size}, {@code .type}, {@code .unreadable} and {@code .dimensions}.
 */
public final class Photos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_EDGE = 1600;
    /** The edge of the small picture a list shows beside an item (twice its CSS size, for sharp screens). */
    public static final int SMALL_EDGE = 192;
    /** Refuse images that would need more than this many pixels of memory to decode. */
    private static final long MAX_SOURCE_PIXELS = 50_000_000L;

    enum Format {
        JPEG,
        PNG,
        WEBP
    }

    private Photos() {}

    public record Reencoded(byte[] bytes, int width, int height) {}

    /**
     * Decodes an uploaded image and writes it anew as JPEG, at most {@link #MAX_EDGE} px.
     *
     * @param messagePrefix e.g. {@code places.error.photo}
     * @throws InvalidInputException field {@code photo}: too large, not JPEG/PNG/WebP, unreadable
     */
    public static Reencoded reencode(byte[] content, String messagePrefix) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("photo", messagePrefix + ".size");
        }
        Format format = detect(content);
        if (format == null) {
            throw new InvalidInputException("photo", messagePrefix + ".type");
        }
        return scaled(decode(content, format, messagePrefix), MAX_EDGE);
    }

    /** A stored JPEG made small, for lists: at most {@code edge} px. */
    public static byte[] small(byte[] jpeg, int edge) {
        return scaled(decode(jpeg, Format.JPEG, "photo"), edge).bytes();
    }

    private static Reencoded scaled(BufferedImage source, int edge) {
        int width = source.getWidth();
        int height = source.getHeight();
        double scale = Math.min(1.0, (double) edge / Math.max(width, height));
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

    private static BufferedImage decode(byte[] content, Format format, String messagePrefix) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers =
                    ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
            if (in == null || !readers.hasNext()) {
                throw new InvalidInputException("photo", messagePrefix + ".type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // ignore metadata: it is never read, let alone kept
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_SOURCE_PIXELS) {
                    throw new InvalidInputException("photo", messagePrefix + ".dimensions");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("photo", messagePrefix + ".unreadable");
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
