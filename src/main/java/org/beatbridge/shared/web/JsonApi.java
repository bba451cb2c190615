package org.beatbridge.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marks a controller of the JSON API: its errors leave as problem details.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping
public @interface JsonApi {

	@AliasFor(annotation = RequestMapping.class, attribute = "path")
	String[] value() default {};

	/**
	 * JSON unless a method says otherwise: with an XML library on the class path (for
	 * Open311), a browser's {@code Accept} header would otherwise pick XML.
	 */
	@AliasFor(annotation = RequestMapping.class, attribute = "produces")
	String[] produces() default { MediaType.APPLICATION_JSON_VALUE };

}
