package dev.tandem.io;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a key of a document record accepts beyond its Java type, for {@link JsonDocuments}'
 * check before binding: JSON {@code null} ({@link #nullable}), no blank string ({@link #notBlank}),
 * a lower bound for an integer, or for each integer of a list or each value of a map
 * ({@link #min}). A key without this annotation accepts any value of its type and no null.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@interface Check {
  /** {@code null} is accepted and read as absent. */
  boolean nullable() default false;

  /** A string must not be blank. */
  boolean notBlank() default false;

  /** The least integer accepted. */
  long min() default Long.MIN_VALUE;
}
