import Fluent
import RoderCore
import RoderViews
import Vapor

/// The audit log of the current organisation, newest first.
struct AuditLogController: Sendable {
    func list(_ request: Request) async throws -> Response {
        let organisationID = try request.tenant.organisationID
        let paging = Paging(requested: request.query[Int.self, at: "page"], size: AuditLogPage.pageSize)
        // One row more than a page tells whether there is a next page without counting.
        let records = try await AuditRecord.query(on: request.db)
            .filter(\.$organisationID == organisationID)
            .sort(\.$at, .descending)
            .range(paging.rangeWithOneMore)
            .all()
        let model = AuditLogPage.Model(
            entries: records.prefix(paging.size).compactMap(\.entry),
            page: paging.page,
            hasNextPage: records.count > paging.size && paging.page < Paging.maximumPage
        )
        return request.html(AuditLogPage.render(model, context: try await request.pageContext()))
    }
}

/// The stylesheet and icon, from memory, cacheable forever (their names change with them).
struct AssetsController: Sendable {
    func file(_ request: Request) async throws -> Response {
        let name = request.parameters.get("file") ?? ""
        let (body, type): (String, HTTPMediaType)
        switch name {
        case Stylesheet.fileName: (body, type) = (Stylesheet.css, HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"]))
        case Stylesheet.iconName: (body, type) = (Stylesheet.icon, HTTPMediaType(type: "image", subType: "svg+xml"))
        default: throw Abort(.notFound)
        }
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
