package se.samtalsledaren.model;

import java.util.Objects;

/** One block of a case narrative: a paragraph, a line of dialogue or a subheading. */
public record NarrativeBlock(BlockType type, String text) {
    public NarrativeBlock {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }
}
