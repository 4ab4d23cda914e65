import Foundation

/// Feedback of a shared event, pooled across the organisations that took part: what the
/// programme operator sees. Pooling is what lets small groups count — three managers from one
/// town and two from another are five together — but no organisation's own group may show
/// below k, and none may be worked out as the pool minus the others (`Suppression`).
/// Counts and response rates show for every organisation; means, distributions and comments
/// only for the pool (from k) and for organisations the suppression plan leaves visible.
public struct PooledFeedback: Sendable {
    public struct Group: Sendable {
        public let key: String
        public let name: String
        /// Attendees of this organisation, who could answer.
        public let eligible: Int
        public let answers: [FeedbackAnswer]

        public init(key: String, name: String, eligible: Int, answers: [FeedbackAnswer]) {
            self.key = key
            self.name = name
            self.eligible = eligible
            self.answers = answers
        }
    }

    public struct Row: Sendable {
        public let key: String
        public let name: String
        /// Counts always; results only when visible.
        public let summary: FeedbackSummary
    }

    public let pooled: FeedbackSummary
    public let rows: [Row]

    public init(groups: [Group], questions: [FeedbackQuestion], threshold: AnonymityThreshold) {
        let plan = Suppression.plan(groups: groups.map { ($0.key, $0.answers.count) }, threshold: threshold)
        // Each question is pooled over the organisations that asked it, and suppressed as it is
        // pooled: a question one organisation added must not show the others' few answers, nor
        // let the pool minus the rest give a small group away.
        var questionPlans: [String: Suppression] = [:]
        for question in questions where question.kind == .scale {
            let counts = groups.map { group in (group.key, group.answers.filter { $0.scores[question.key] != nil }.count) }.filter { $0.1 > 0 }
            questionPlans[question.key] = Suppression.plan(groups: counts, threshold: threshold)
        }
        pooled = FeedbackSummary.summarise(
            groups.flatMap(\.answers), eligible: groups.reduce(0) { $0 + $1.eligible },
            questions: questions, threshold: threshold, visible: plan.totalVisible,
            questionVisible: { questionPlans[$0]?.totalVisible ?? false })
        // A breakdown of a single organisation would only repeat the pool.
        rows = groups.map { group in
            Row(
                key: group.key, name: group.name,
                summary: FeedbackSummary.summarise(
                    group.answers, eligible: group.eligible, questions: questions, threshold: threshold,
                    visible: groups.count > 1 && plan.isVisible(group.key),
                    questionVisible: { questionPlans[$0]?.isVisible(group.key) ?? false }))
        }
    }
}
