import Foundation
import Plot
import RoderCore

/// A capability area of the product brief that is not built yet. It says so plainly and
/// says what it will hold — no invented figures.
public enum AreaPage {
    public static func render(_ area: ProgrammeArea, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .div(
            .p(.class("lead"), .text(t(area.descriptionKey))),
            .div(
                .class("notice info"),
                .h2(.text(t(.notBuiltTitle))),
                .p(.text(t(.notBuiltMessage)))
            )
        )
        return Layout.render(Page(title: t(area.titleKey), section: .area(area), content: content), context: context)
    }
}
