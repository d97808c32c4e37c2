package io.gifticon.providers.pbt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An ordered item (pbt-pos-integration.txt §3.2.2 itemList); {@code itemOptionList} is left out of the JSON when
 * there are no options ("선택된 상품 옵션이 없는 경우 itemOptionList 는 보내지 않는다").
 */
public record PbtItem(
        @JsonProperty("itemID") String itemID,
        String itemName,
        Integer itemUnitPrice,
        Integer itemCount,
        Integer itemPrice,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PbtItemOption> itemOptionList) {

    void validate(String at, List<String> problems) {
        if (itemID == null || itemID.isBlank()) {
            problems.add(at + ".itemID is required");
        }
        if (itemName == null || itemName.isBlank()) {
            problems.add(at + ".itemName is required");
        }
        if (itemUnitPrice == null || itemUnitPrice < 0) {
            problems.add(at + ".itemUnitPrice must be 0 or more");
        }
        if (itemCount == null || itemCount < 1) {
            problems.add(at + ".itemCount must be 1 or more");
        }
        if (itemPrice == null || itemPrice < 0) {
            problems.add(at + ".itemPrice must be 0 or more");
        }
        if (itemOptionList != null) {
            for (int i = 0; i < itemOptionList.size(); i++) {
                itemOptionList.get(i).validate(at + ".itemOptionList[" + i + "]", problems);
            }
        }
    }

    static void validateAll(List<PbtItem> items, List<String> problems) {
        if (items == null || items.isEmpty()) {
            problems.add("itemList is required");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            items.get(i).validate("itemList[" + i + "]", problems);
        }
    }
}
