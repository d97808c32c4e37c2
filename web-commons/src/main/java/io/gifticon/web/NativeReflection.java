package io.gifticon.web;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Native images: problems are written as entities of a plain {@code Response}, outside any resource method's
 * declared type, so Jackson's reflective access to them must be registered explicitly.
 */
@RegisterForReflection(targets = {Problem.class, Problem.FieldError.class})
final class NativeReflection {
    private NativeReflection() {}
}
