package io.gifticon.web.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Every app's ObjectMapper (request bodies included) refuses text PostgreSQL cannot store. */
@Singleton
public class StorableTextCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new StorableTextModule());
    }
}
