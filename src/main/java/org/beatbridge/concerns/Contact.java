package org.beatbridge.concerns;

/**
 * How the reporter can be reached; each part may be {@code null}. Never shown to the
 * public.
 */
public record Contact(String name, String email, String phone) {

	public static final Contact NONE = new Contact(null, null, null);

	public boolean isEmpty() {
		return blank(this.name) && blank(this.email) && blank(this.phone);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
