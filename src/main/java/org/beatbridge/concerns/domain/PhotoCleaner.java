package org.beatbridge.concerns.domain;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import org.beatbridge.concerns.ConcernPhoto;
import org.beatbridge.concerns.FieldError;

/**
 * Makes a resident's photo safe to keep: checks by its bytes that it is a JPEG or PNG,
 * decodes it, turns it upright and re-encodes the pixels alone, so no metadata (EXIF,
 * GPS, camera serial, comments) survives. Large photos are scaled down to
 * {@value #MAX_SIDE} pixels on their long side.
 */
final class PhotoCleaner {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int MAX_SIDE = 2560;

	// Refuses decompression bombs: a small file claiming a huge picture
	private static final long MAX_PIXELS = 80_000_000L;

	private PhotoCleaner() {
	}

	static Result clean(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			return Result.failed("photo.too-large", "The photo is larger than 10 MB.");
		}
		String format = format(bytes);
		if (format == null) {
			return Result.failed("photo.type", "The photo must be a JPEG or PNG picture.");
		}
		try {
			BufferedImage image = upright(read(bytes, format), orientation(bytes));
			boolean png = "png".equals(format);
			byte[] encoded = write(image, png);
			return new Result(
					new ConcernPhoto(png ? "image/png" : "image/jpeg", image.getWidth(), image.getHeight(), encoded),
					null);
		}
		catch (TooManyPixels ex) {
			return Result.failed("photo.too-many-pixels", "The photo has too many pixels.");
		}
		catch (IOException | RuntimeException ex) {
			return Result.failed("photo.unreadable", "The photo could not be read; try another JPEG or PNG.");
		}
	}

	private static String format(byte[] bytes) {
		if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return "jpeg";
		}
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
		if (bytes.length > png.length) {
			for (int i = 0; i < png.length; i++) {
				if (bytes[i] != png[i]) {
					return null;
				}
			}
			return "png";
		}
		return null;
	}

	private static BufferedImage read(byte[] bytes, String format) throws IOException {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw new IOException("No reader for " + format);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if ((long) width * height > MAX_PIXELS) {
				throw new TooManyPixels();
			}
			ImageReadParam param = reader.getDefaultReadParam();
			// Decode only every n-th pixel of a huge photo, so memory stays bounded
			int step = Math.max(1, Math.max(width, height) / MAX_SIDE);
			param.setSourceSubsampling(step, step, 0, 0);
			BufferedImage image = reader.read(0, param);
			return fit(image);
		}
		finally {
			reader.dispose();
		}
	}

	private static BufferedImage fit(BufferedImage image) {
		int side = Math.max(image.getWidth(), image.getHeight());
		if (side <= MAX_SIDE) {
			return image;
		}
		double scale = (double) MAX_SIDE / side;
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = scaled.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(image, 0, 0, width, height, null);
		graphics.dispose();
		return scaled;
	}

	// Phones store pictures sideways with an orientation tag; the tag goes, so the pixels
	// turn
	private static int orientation(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
			ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
			}
		}
		catch (Exception ex) {
			// Unreadable metadata is simply not used
		}
		return 1;
	}

	private static BufferedImage upright(BufferedImage image, int orientation) {
		int quarterTurns;
		if (orientation == 6) {
			quarterTurns = 1;
		}
		else if (orientation == 3) {
			quarterTurns = 2;
		}
		else if (orientation == 8) {
			quarterTurns = 3;
		}
		else {
			return image;
		}
		int width = image.getWidth();
		int height = image.getHeight();
		boolean swap = quarterTurns % 2 == 1;
		BufferedImage turned = new BufferedImage(swap ? height : width, swap ? width : height,
				BufferedImage.TYPE_INT_ARGB);
		AffineTransform transform = new AffineTransform();
		transform.translate(turned.getWidth() / 2.0, turned.getHeight() / 2.0);
		transform.quadrantRotate(quarterTurns);
		transform.translate(-width / 2.0, -height / 2.0);
		Graphics2D graphics = turned.createGraphics();
		graphics.drawImage(image, transform, null);
		graphics.dispose();
		return turned;
	}

	private static byte[] write(BufferedImage image, boolean png) throws IOException {
		BufferedImage pixels = image;
		if (!png) {
			// JPEG has no alpha; draw onto white RGB
			pixels = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = pixels.createGraphics();
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.drawImage(image, 0, 0, null);
			graphics.dispose();
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (!png) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.85f);
			}
			// No metadata object: the writer adds only what the format itself needs
			writer.write(null, new IIOImage(pixels, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	record Result(ConcernPhoto photo, FieldError error) {

		static Result failed(String code, String message) {
			return new Result(null, new FieldError("photo", "concerns.error." + code, message));
		}

	}

	private static final class TooManyPixels extends RuntimeException {

		TooManyPixels() {
			super(null, null, false, false);
		}

	}

}
