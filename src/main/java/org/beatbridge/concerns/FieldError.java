package org.beatbridge.concerns;

/**
 * What is wrong with one field of a concern.
 *
 * @param field the field ({@code description}, {@code latitude}, {@code address},
 * {@code attribute.vehicle-description}...)
 * @param code a message key in the {@code concerns} bundle
 * ({@code concerns.error.description.too-long}) so the web shows it in the reader's
 * language beside the field
 * @param message the same in English, for API clients
 */
public record FieldError(String field, String code, String message) {

}
