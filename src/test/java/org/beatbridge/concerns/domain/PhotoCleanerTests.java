package org.beatbridge.concerns.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.beatbridge.concerns.TestPhotos;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoCleanerTests {

	@Test
	void theTestPhotoReallyCarriesAGpsPosition() throws Exception {
		Metadata metadata = ImageMetadataReader
			.readMetadata(new ByteArrayInputStream(TestPhotos.jpegWithGps(120, 80, 1)));
		GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
		assertThat(gps).isNotNull();
		assertThat(gps.getGeoLocation().getLatitude()).isCloseTo(41.9917, org.assertj.core.data.Offset.offset(0.001));
	}

	@Test
	void removesGpsAndEveryOtherExifTagFromAJpeg() throws Exception {
		PhotoCleaner.Result result = PhotoCleaner.clean(TestPhotos.jpegWithGps(120, 80, 1));
		assertThat(result.error()).isNull();
		assertThat(result.photo().contentType()).isEqualTo("image/jpeg");
		Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(result.photo().bytes()));
		assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
		assertThat(new String(result.photo().bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
	}

	@Test
	void turnsASidewaysPhonePhotoUpright() {
		PhotoCleaner.Result result = PhotoCleaner.clean(TestPhotos.jpegWithGps(120, 80, 6));
		assertThat(result.photo().width()).isEqualTo(80);
		assertThat(result.photo().height()).isEqualTo(120);
	}

	@Test
	void keepsAPngAPng() {
		PhotoCleaner.Result result = PhotoCleaner.clean(TestPhotos.png(64, 48));
		assertThat(result.error()).isNull();
		assertThat(result.photo().contentType()).isEqualTo("image/png");
		assertThat(result.photo().width()).isEqualTo(64);
	}

	@Test
	void scalesALargePhotoDown() {
		PhotoCleaner.Result result = PhotoCleaner.clean(TestPhotos.png(3000, 1000));
		assertThat(result.photo().width()).isEqualTo(PhotoCleaner.MAX_SIDE);
		assertThat(result.photo().height()).isBetween(850, 855);
	}

	@Test
	void refusesAGifEvenNamedLikeAJpeg() {
		PhotoCleaner.Result result = PhotoCleaner.clean(TestPhotos.gif(10, 10));
		assertThat(result.photo()).isNull();
		assertThat(result.error().field()).isEqualTo("photo");
		assertThat(result.error().code()).isEqualTo("concerns.error.photo.type");
	}

	@Test
	void refusesAScriptWithAJpegHeader() {
		byte[] fake = "\u00FF\u00D8\u00FF<script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1);
		PhotoCleaner.Result result = PhotoCleaner.clean(fake);
		assertThat(result.error().code()).isEqualTo("concerns.error.photo.unreadable");
	}

	@Test
	void refusesMoreThanTenMegabytes() {
		PhotoCleaner.Result result = PhotoCleaner.clean(new byte[PhotoCleaner.MAX_BYTES + 1]);
		assertThat(result.error().code()).isEqualTo("concerns.error.photo.too-large");
	}

}
