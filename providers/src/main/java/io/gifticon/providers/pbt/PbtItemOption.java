package io.gifticon.providers.pbt;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An option of an ordered item (pbt-pos-integration.txt §3.2.2 itemOptionList), e.g. 샷추가 500 × 2. */
public record PbtItemOption(
        @JsonProperty("itemOptionID") String itemOptionID,
        String itemOptionName,
        Integer itemOptionUnitPrice,
        Integer itemOptionCount,
        Integer itemOptionPrice) {

    void validate(String at, java.util.List<String> problems) {
        if (itemOptionID == null || itemOptionID.isBlank()) {
            problems.add(at + ".itemOptionID is required");
        }
        if (itemOptionName == null || itemOptionName.isBlank()) {
            problems.add(at + ".itemOptionName is required");
        }
        if (itemOptionUnitPrice == null || itemOptionUnitPrice < 0) {
            problems.add(at + ".itemOptionUnitPrice must be 0 or more");
        }
        if (itemOptionCount == null || itemOptionCount < 1) {
            problems.add(at + ".itemOptionCount must be 1 or more");
        }
        if (itemOptionPrice == null || itemOptionPrice < 0) {
            problems.add(at + ".itemOptionPrice must be 0 or more");
        }
    }
}
