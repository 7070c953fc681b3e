package org.asskomm.funding.internal;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.Concept;
import org.asskomm.funding.api.ConceptStep;
import org.asskomm.funding.api.Programme;
import org.asskomm.pdf.Table;
import org.asskomm.pdf.TextDocument;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.i18n.Texts;

/** The project concept as a PDF document: the seven steps with their guidance, the logic model, each step's check. */
final class ConceptPdf {

    private ConceptPdf() {
    }

    static byte[] render(Texts texts, Application a, Programme programme, Concept concept) {
        TextDocument pdf = new TextDocument(texts.text(Message.of("funding.pdf.title")) + " – " + a.title())
                .heading(texts.text(Message.of("funding.pdf.title")) + ": " + a.title())
                .paragraph(texts.text(concept.revision() == 0
                        ? Message.of("funding.pdf.draft", a.municipalityName(), FundingTexts.programme(programme))
                        : Message.of("funding.pdf.facts", a.municipalityName(), FundingTexts.programme(programme),
                                concept.revision(), concept.savedAt(), concept.savedBy())));
        if (concept.startedFrom() != null) {
            pdf.paragraph(Message.ofStored(concept.startedFrom()).map(texts::text).orElse(concept.startedFrom()));
        }
        for (ConceptStep step : ConceptStep.values()) {
            Concept.StepCheck check = concept.checks().get(step.ordinal());
            pdf.heading(texts.text(Message.of("funding.pdf.step", step.ordinal() + 1, ConceptRules.label(step))))
                    .paragraph(texts.text(Message.of("funding.guidance." + step)))
                    .paragraph(concept.steps().of(step) == null ? "–" : concept.steps().of(step));
            if (!check.complete()) {
                pdf.paragraph(texts.text(Message.of("funding.pdf.incomplete",
                        Message.ofStored(check.missing()).map(texts::text).orElse(""))));
            }
            if (step == ConceptStep.GOALS && !concept.indicators().isEmpty()) {
                Table model = new Table(3, 3, 1, 1).alignRight(3).header(
                        texts.label("indicators.goal"), texts.label("indicators.name"), texts.label("indicators.unit"),
                        texts.label("indicators.target"));
                concept.indicators().forEach(k -> model.row(k.goal(), k.name(), k.unit() == null ? "" : k.unit(),
                        k.target() == null ? "" : texts.text(Message.of("funding.pdf.number", k.target()))));
                pdf.table(model);
            }
        }
        return pdf.toBytes();
    }
}
