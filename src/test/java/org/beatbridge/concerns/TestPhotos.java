package org.beatbridge.concerns;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

import javax.imageio.ImageIO;

/**
 * Photos as phones make them: a JPEG with an EXIF block carrying GPS coordinates and an
 * orientation tag, a PNG, and files that only pretend to be pictures.
 */
public final class TestPhotos {

	private TestPhotos() {
	}

	/**
	 * A JPEG of {@code width} by {@code height} pixels with EXIF orientation and the GPS
	 * position 41°59'30" N, 87°40'20" W.
	 */
	public static byte[] jpegWithGps(int width, int height, int orientation) {
		byte[] jpeg = encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
		byte[] tiff = exif(orientation);
		ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
		app1.put(new byte[] { 'E', 'x', 'i', 'f', 0, 0 }).put(tiff);
		// After SOI and the JFIF APP0 segment
		int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
		int at = 4 + app0Length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, at);
		out.writeBytes(app1.array());
		out.write(jpeg, at, jpeg.length - at);
		return out.toByteArray();
	}

	public static byte[] png(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	/** A GIF: a real picture, but not a type residents may send. */
	public static byte[] gif(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
	}

	private static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 90, 160));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, width / 2, height / 3);
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	// A big-endian TIFF structure: IFD0 (orientation, pointer to GPS), the GPS IFD,
	// rationals
	private static byte[] exif(int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(140);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		tiff.putInt(0);
		tiff.putShort((short) 4);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(92);
		tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put(new byte[] { 'W', 0, 0, 0 });
		tiff.putShort((short) 0x0004).putShort((short) 5).putInt(3).putInt(116);
		tiff.putInt(0);
		tiff.putInt(41).putInt(1).putInt(59).putInt(1).putInt(3000).putInt(100);
		tiff.putInt(87).putInt(1).putInt(40).putInt(1).putInt(2000).putInt(100);
		return java.util.Arrays.copyOf(tiff.array(), tiff.position());
	}

}
