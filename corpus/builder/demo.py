"""A tiny document that exercises every block type; used by tests to build a PDF quickly."""

from __future__ import annotations

from .model import (
    Bullets,
    Columns,
    Heading,
    Measure,
    Para,
    Question,
    SampleDocument,
    Scan,
    Table,
)

_TEXT = (
    "Der Landkreis Bernkastel-Wittlich will die Fachkräftesicherung, die Klimaschutzmaßnahmen und "
    "die flächendeckende Digitalisierung der Verwaltung gemeinsam voranbringen. Die Finanzierung "
    "erfolgt über Förderprogramme des Landes Rheinland-Pfalz, über Eigenmittel der Ortsgemeinden "
    "und über die Lokale Aktionsgruppe Mosel. Besonders die Wirtschaftsförderungsgesellschaft, die "
    "Kreisverwaltung und die Verbandsgemeindeverwaltungen arbeiten dabei eng zusammen, um "
    "qualifizierte Arbeitskräfte zu gewinnen, ehrenamtliche Strukturen zu stärken und die "
    "Daseinsvorsorge in den Ortsgemeinden zu sichern."
)


def _measure(nr: str, titel: str) -> Measure:
    return Measure(
        nr=nr,
        titel=titel,
        handlungsschwerpunkt="Arbeits- und Fachkräftesicherung",
        ziel="Mehr Auszubildende in Handwerk, Pflege und Gastronomie gewinnen.",
        beschreibung=_TEXT,
        federfuehrung="Wirtschaftsförderung Bernkastel-Wittlich",
        partner="Handwerkskammer Trier, IHK Trier, Agentur für Arbeit Trier, Berufsbildende Schulen",
        zeitraum="2023–2026",
        prioritaet="hoch",
        kosten="ca. 45.000 € jährlich",
        foerdermoeglichkeiten="LEADER-Förderung der LAG Mosel; ESF Plus",
        programmes=("LEADER", "ESF_PLUS"),
    )


DOCUMENT = SampleDocument(
    id="demo",
    title="Demo-Dokument",
    subtitle="Testausgabe des Renderers mit allen Blocktypen",
    year=2024,
    publisher="Kreisverwaltung Bernkastel-Wittlich",
    running_header="Demo – Kreisentwicklungskonzept Bernkastel-Wittlich",
    file_name="demo.pdf",
    front_matter=(
        Heading("Vorwort", 1, key="vorwort"),
        Para(_TEXT, key="vorwort-text"),
    ),
    body=(
        Heading("1 Einführung und Zielsetzung", 1, key="kap1"),
        Para(_TEXT, key="p-einf"),
        Heading("1.1 Flächennutzung und Siedlungsstruktur", 2, key="kap1-1"),
        Para(_TEXT),
        Bullets(
            (
                "Fachkräfteoffensive im Handwerk",
                "Flächenmanagement der Ortsgemeinden",
                "Klimaschutzinitiative mit Energieeffizienzberatung",
            ),
            key="liste",
        ),
        Table(
            caption="Tabelle 1: Bevölkerung nach Verbandsgemeinden",
            header=("Gebietskörperschaft", "2010", "2019", "Veränderung"),
            rows=(
                ("Stadt Wittlich", "18.310", "19.020", "+3,9 %"),
                ("Morbach", "10.840", "10.700", "–1,3 %"),
                ("VG Bernkastel-Kues", "25.460", "25.010", "–1,8 %"),
                ("Landkreis insgesamt", "111.480", "112.665", "+1,1 %"),
            ),
            unit="Einwohner am 31.12.",
            source="Quelle: Statistisches Landesamt Rheinland-Pfalz (fiktive Werte)",
            key="tab-bev",
        ),
        Columns(2),
        Heading("2 Bestandsanalyse in zwei Spalten", 1, key="kap2"),
        *(Para(_TEXT) for _ in range(6)),
        Para(_TEXT, key="p-zweispaltig"),
        Scan(
            "Beschluss des Kreistages vom 14.03.2022",
            (
                "Der Kreistag des Landkreises Bernkastel-Wittlich beschließt das Handlungskonzept 2030.",
                "Die Verwaltung wird beauftragt, die Maßnahmen umzusetzen und jährlich zu berichten.",
            ),
            key="scan-beschluss",
        ),
        Columns(1),
        Heading("3 Maßnahmen", 1, key="kap3"),
        _measure("A1", "Ausbildungsoffensive"),
        _measure("A2", "Willkommensagentur"),
        _measure("A3", "Pendlerportal"),
    ),
    questions=(
        Question("demo-1", "table", "Wie viele Einwohner hatte Wittlich 2019?", ("tab-bev",), ("19.020",)),
        Question(
            "demo-2",
            "measure",
            "Wer ist für die Ausbildungsoffensive federführend?",
            ("M-A1",),
            ("Wirtschaftsförderung",),
        ),
        Question("demo-3", "fact", "Wann hat der Kreistag beschlossen?", ("scan-beschluss",), ("14.03.2022",)),
        Question("demo-4", "out_of_scope", "Wie wird das Wetter morgen?"),
    ),
)
