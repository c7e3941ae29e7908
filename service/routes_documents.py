"""The documents: GET /api/documents and the PDFs themselves at /documents/{id}.pdf (citations link there)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse

from service.deps import BaseUrlDep, SearcherDep, ServicesDep, pdf_link
from service.errors import ERROR_RESPONSES, NotFound
from service.schemas import DocumentOut, DocumentsResponse, ErrorResponse

router = APIRouter(tags=["Dokumente"], responses=ERROR_RESPONSES)


@router.get("/api/documents")
async def documents(searcher: SearcherDep, base: BaseUrlDep) -> DocumentsResponse:
    """Die eingelesenen Dokumente mit Titel, Jahr, Seitenzahl und Link auf das PDF."""
    return DocumentsResponse(
        documents=[
            DocumentOut(
                id=doc.id,
                title=doc.title,
                year=doc.year,
                kind=doc.kind,
                pages=doc.page_count,
                link=pdf_link(base, doc.id),
                source_url=doc.source_url,
            )
            for doc in searcher.stored.documents
        ]
    )


@router.get(
    "/documents/{document_id}.pdf",
    response_class=FileResponse,
    responses={
        200: {"content": {"application/pdf": {}}, "description": "Das PDF"},
        404: {"model": ErrorResponse, "description": "Unbekanntes Dokument, oder die Datei fehlt"},
    },
)
def pdf(document_id: str, searcher: SearcherDep, services: ServicesDep) -> FileResponse:
    """Das PDF eines Dokuments (zum Verlinken mit #page=N)."""
    document = searcher.document(document_id)
    if document is None:
        raise NotFound(f"Kein Dokument mit der ID {document_id!r}.", f"No document with id {document_id!r}.")
    path = services.pdfs.verified(document)
    if path is None:
        raise NotFound(
            "Die PDF-Datei dieses Dokuments liegt nicht (oder nicht im eingelesenen Stand) vor.",
            "The PDF file of this document is missing or differs from the indexed version.",
        )
    return FileResponse(
        path,
        media_type="application/pdf",
        filename=path.name,
        content_disposition_type="inline",
        headers={"Cache-Control": "public, max-age=3600"},
    )
