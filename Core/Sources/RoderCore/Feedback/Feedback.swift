import Foundation

/// One question of a feedback questionnaire: answered on a 1–5 scale, or in words.
public struct FeedbackQuestion: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case scale, comment }

    /// Stable within a question set: answers refer to it.
    public let key: String
    public let text: LocalizedText
    public let kind: Kind

    public init(key: String, text: LocalizedText, kind: Kind) {
        self.key = key
        self.text = text
        self.kind = kind
    }
}

public enum QuestionSet {
    /// The article's questions: how relevant the sub-area was for me, how important the
    /// questions dealt with were, how suitable the way they were dealt with was, whether it
    /// was worth my working time; and an open comment.
    public static let standard: [FeedbackQuestion] = [
        FeedbackQuestion(
            key: "relevance",
            text: LocalizedText(
                sv: "Hur relevant var delområdet för mig?", fi: "Kuinka merkityksellinen osa-alue oli minulle?",
                en: "How relevant was the sub-area for me?"), kind: .scale),
        FeedbackQuestion(
            key: "importance",
            text: LocalizedText(
                sv: "Hur viktiga var frågorna som behandlades?", fi: "Kuinka tärkeitä käsitellyt kysymykset olivat?",
                en: "How important were the questions dealt with?"), kind: .scale),
        FeedbackQuestion(
            key: "suitability",
            text: LocalizedText(
                sv: "Hur lämpligt var sättet de behandlades på?", fi: "Kuinka sopiva tapa käsitellä niitä oli?",
                en: "How suitable was the way they were dealt with?"), kind: .scale),
        FeedbackQuestion(
            key: "worth_time",
            text: LocalizedText(
                sv: "Var det värt min arbetstid?", fi: "Oliko se työaikani arvoista?",
                en: "Was it worth my working time?"), kind: .scale),
        FeedbackQuestion(
            key: "comment",
            text: LocalizedText(
                sv: "Kommentar (frivillig)", fi: "Kommentti (vapaaehtoinen)", en: "Comment (optional)"), kind: .comment),
    ]

    /// More would make the questionnaire slow to answer on a phone, and answers thinner.
    public static let largestScaleCount = 8

    /// What the owner's edit of a programme's questions can get wrong.
    public enum Problem: Error, Hashable {
        case noScaleQuestion
        case tooMany
        /// A question without its text in the organisation's first language (1-based number).
        case textMissing(number: Int, language: Language)
    }

    /// One question as the edit form sends it back.
    public struct Edit: Sendable, Hashable {
        /// nil for a new question.
        public let key: String?
        public let text: LocalizedText
        public let remove: Bool

        public init(key: String?, text: LocalizedText, remove: Bool = false) {
            self.key = key
            self.text = text
            self.remove = remove
        }
    }

    /// The new question set from the edit of `current`: scale questions in their order (removed
    /// ones dropped, a new one last, blank new ones ignored), then the comment. Keys never
    /// change, so answers already given keep meaning what they meant; a new question gets a
    /// fresh key.
    public static func edited(
        _ current: [FeedbackQuestion], edits: [Edit], required language: Language,
        newKey: () -> String = { "q-" + UUID().uuidString.prefix(8).lowercased() }
    ) -> Result<[FeedbackQuestion], Problem> {
        var scales: [FeedbackQuestion] = []
        var comment = current.first { $0.kind == .comment } ?? standard.last!
        for edit in edits where !edit.remove {
            if let key = edit.key, let existing = current.first(where: { $0.key == key }) {
                let question = FeedbackQuestion(key: key, text: edit.text, kind: existing.kind)
                if existing.kind == .comment { comment = question } else { scales.append(question) }
            } else if edit.key == nil, !edit.text.isEmpty {
                scales.append(FeedbackQuestion(key: newKey(), text: edit.text, kind: .scale))
            }
        }
        guard !scales.isEmpty else { return .failure(.noScaleQuestion) }
        guard scales.count <= largestScaleCount else { return .failure(.tooMany) }
        for (index, question) in (scales + [comment]).enumerated() where question.text[language] == nil {
            return .failure(.textMissing(number: index + 1, language: language))
        }
        return .success(scales + [comment])
    }
}

/// One person's answers, as stored: no person, no time beyond the day.
public struct FeedbackAnswer: Sendable, Hashable {
    /// Question key → 1...5.
    public let scores: [String: Int]
    public let comment: String?

    public init(scores: [String: Int], comment: String?) {
        self.scores = scores
        self.comment = comment
    }

    public enum Problem: Error, Hashable {
        /// A scale question without a value 1–5.
        case missingScore(questionKey: String)
        case commentTooLong
    }

    /// Checks a submitted form against the questions: every scale question needs 1–5; the
    /// comment is optional, trimmed and at most 2,000 characters.
    public static func validate(_ form: [String: String], questions: [FeedbackQuestion]) -> Result<FeedbackAnswer, Problem> {
        var scores: [String: Int] = [:], comment: String?
        for question in questions {
            let value = form[question.key]?.trimmed ?? ""
            switch question.kind {
            case .scale:
                guard let score = Int(value), (1...5).contains(score) else { return .failure(.missingScore(questionKey: question.key)) }
                scores[question.key] = score
            case .comment:
                guard value.count <= 2_000 else { return .failure(.commentTooLong) }
                comment = value.isEmpty ? nil : value
            }
        }
        return .success(FeedbackAnswer(scores: scores, comment: comment))
    }
}

/// What the results of one group (an event, an organisation's part of it) may show.
public struct FeedbackSummary: Sendable, Hashable {
    public struct Scale: Sendable, Hashable {
        public let questionKey: String
        /// How many answered 1, 2, 3, 4 and 5; empty when this question's own answers are
        /// fewer than k (a question added later, or asked only in some organisations).
        public let distribution: [Int]
        public let mean: Double?
        /// How many answered this question.
        public let answered: Int

        public var isShown: Bool { !distribution.isEmpty }

        public init(questionKey: String, distribution: [Int], mean: Double?, answered: Int) {
            self.questionKey = questionKey
            self.distribution = distribution
            self.mean = mean
            self.answered = answered
        }
    }

    public let respondents: Int
    /// The answers the results are drawn from (released so far): up to `respondents`.
    public var published: Int = 0
    /// Invited or attended: the base of the response rate.
    public let eligible: Int
    /// nil when fewer than k answered: then only counts show.
    public let scales: [Scale]?
    public let comments: [String]?

    public var responseRate: Double? { eligible > 0 ? Double(respondents) / Double(eligible) : nil }
    public var isShown: Bool { scales != nil }

    /// Summarises answers; the distribution, means and comments only when `visible` (the
    /// caller's suppression plan) and at least k answered. Comments are sorted, so their
    /// order says nothing about who answered when.
    /// k holds for each question too: a question that fewer than k answered (added after
    /// the first answers, or asked only in some of the pooled organisations) shows only its
    /// count. `questionVisible`: the caller's per-question suppression plan (pooling).
    public static func summarise(
        _ answers: [FeedbackAnswer], eligible: Int, questions: [FeedbackQuestion],
        threshold: AnonymityThreshold, visible: Bool = true, respondents: Int? = nil,
        questionVisible: (String) -> Bool = { _ in true }
    ) -> FeedbackSummary {
        // `respondents`: how many answered, when more did than `answers` holds (results are
        // published in steps of k: `ResultRelease`); the count is not a result.
        let respondents = max(respondents ?? answers.count, answers.count)
        guard visible, threshold.allows(answers.count) else {
            return FeedbackSummary(respondents: respondents, eligible: eligible, scales: nil, comments: nil)
        }
        let scales = questions.filter { $0.kind == .scale }.map { question in
            let values = answers.compactMap { $0.scores[question.key] }
            guard threshold.allows(values.count), questionVisible(question.key) else {
                return Scale(questionKey: question.key, distribution: [], mean: nil, answered: values.count)
            }
            let distribution = (1...5).map { score in values.filter { $0 == score }.count }
            return Scale(
                questionKey: question.key, distribution: distribution,
                mean: Double(values.reduce(0, +)) / Double(values.count), answered: values.count)
        }
        var summary = FeedbackSummary(respondents: respondents, eligible: eligible, scales: scales, comments: answers.compactMap(\.comment).sorted())
        summary.published = answers.count
        return summary
    }
}

/// Results of an event change only in steps of k answers: what an event's page, the overview,
/// the export and a shared event's pool show is the set of answers last released, and a new
/// release (all answers stored by then) happens only once k more have come in. Someone who
/// watches the results before and after a colleague answers sees them change, if at all,
/// by at least k answers at once. The last fewer than k answers of an event stay unreleased.
public enum ResultRelease {
    public static func isDue(stored: Int, released: Int, threshold: AnonymityThreshold) -> Bool {
        stored - released >= threshold.k
    }
}
