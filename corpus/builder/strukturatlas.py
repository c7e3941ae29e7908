"""Strukturatlas 2020 – Teil 1 des Kreisentwicklungskonzepts (Bestandsaufnahme in Zahlen).

Content only: the renderer turns `DOCUMENT` into the sample PDF. All figures follow FACTS.md where a
shared fact exists; everything else is invented but plausible (every page is marked as Beispieldokument).
Some figures appear only in tables and not in the running text, so that table retrieval matters.
"""

from __future__ import annotations

from corpus.builder.model import (
    Block,
    Bullets,
    Columns,
    Heading,
    Para,
    Question,
    SampleDocument,
    Table,
)

_SL = "Quelle: Statistisches Landesamt Rheinland-Pfalz, eigene Berechnung"
_BA = "Quelle: Bundesagentur für Arbeit, Statistik-Service Südwest, eigene Berechnung"
_KV = "Quelle: Kreisverwaltung Bernkastel-Wittlich, eigene Erhebung"

# ---------------------------------------------------------------------------------------------------------------
# Front matter: Vorwort und Hinweise zur Nutzung
# ---------------------------------------------------------------------------------------------------------------

_FRONT: tuple[Block, ...] = (
    Heading("Vorwort", 1),
    Para(
        "Der Landkreis Bernkastel-Wittlich steht – wie viele ländlich geprägte Räume in Rheinland-Pfalz – vor "
        "tiefgreifenden Veränderungen. Der demografische Wandel, die Digitalisierung der Arbeits- und Lebenswelt, "
        "der Klimaschutz und der wachsende Bedarf an Fachkräften stellen den Kreis, die Städte, die "
        "Verbandsgemeinden und die Ortsgemeinden gleichermaßen vor neue Aufgaben. Zugleich verfügen wir über "
        "große Stärken: eine einzigartige Kulturlandschaft an der Mosel, leistungsfähige Unternehmen im Raum "
        "Wittlich und auf den Hunsrückhöhen, eine bundesweit beachtete Energielandschaft in Morbach, den "
        "Nationalpark Hunsrück-Hochwald vor der Haustür und vor allem Menschen, die sich in Vereinen, Feuerwehren, "
        "Kirchengemeinden und Initiativen mit großem Einsatz für ihre Heimat engagieren. Um diese Stärken gezielt "
        "weiterzuentwickeln, hat der Kreistag die Kreisverwaltung beauftragt, ein Kreisentwicklungskonzept zu "
        "erarbeiten, das die Leitlinien unserer gemeinsamen Entwicklung bis zum Jahr 2030 beschreibt."
    ),
    Para(
        "Der vorliegende Strukturatlas 2020 bildet den ersten Teil dieses Kreisentwicklungskonzepts. Er fasst auf "
        "einer breiten Datengrundlage zusammen, wo der Landkreis heute steht: von der Bevölkerungsentwicklung über "
        "Wirtschaft und Arbeitsmarkt, Bildung, Gesundheit und Pflege bis zu Mobilität, digitaler Infrastruktur, "
        "Energie und Klima, Tourismus, Wohnen und der sozialen Lage von Familien. Die Stabsstelle "
        "Kreisentwicklung hat dafür amtliche Statistiken ausgewertet, Fachplanungen der Kreisverwaltung "
        "zusammengeführt und Daten der Verbandsgemeinden, der Kammern und weiterer Partner einbezogen. Bewusst "
        "beschränkt sich der Strukturatlas auf eine nüchterne Bestandsaufnahme: Er bewertet nicht, er beschreibt. "
        "Die Schlussfolgerungen, Ziele und Maßnahmen werden im zweiten Teil, dem Handlungskonzept 2030, gemeinsam "
        "mit den kommunalen Gremien, der Wirtschaft, den Sozialverbänden und der Bürgerschaft erarbeitet."
    ),
    Para(
        "Mein Dank gilt allen, die an der Erstellung mitgewirkt haben: den Mitarbeiterinnen und Mitarbeitern der "
        "Kreisverwaltung, den Bürgermeistern der Verbandsgemeinden, der Stadt Wittlich und der Gemeinde Morbach, "
        "dem Statistischen Landesamt Rheinland-Pfalz, der Agentur für Arbeit Trier, der Planungsgemeinschaft "
        "Region Trier sowie den zahlreichen Fachleuten aus Verbänden und Einrichtungen, die ihre Daten und ihr "
        "Wissen zur Verfügung gestellt haben. Die Corona-Pandemie hat uns im Jahr 2020 eindringlich vor Augen "
        "geführt, wie wichtig verlässliche Daten, eine funktionierende öffentliche Infrastruktur und ein starker "
        "gesellschaftlicher Zusammenhalt sind. Viele Entwicklungen, die in diesem Atlas beschrieben werden – etwa "
        "die Bedeutung schneller Internetanschlüsse für Homeoffice und Distanzunterricht oder die Belastung der "
        "Pflege –, haben durch die Pandemie zusätzlich an Gewicht gewonnen."
    ),
    Para(
        "Ich lade Sie herzlich ein, den Strukturatlas als Nachschlagewerk zu nutzen – in den Gremien, in der "
        "Verwaltung, in Schulen und Vereinen und überall dort, wo über die Zukunft unseres Landkreises diskutiert "
        "wird. Kreisentwicklung gelingt nur, wenn möglichst viele Menschen ihre Erfahrungen und Ideen einbringen. "
        "Anregungen und Hinweise auf Ergänzungen nimmt die Stabsstelle Kreisentwicklung jederzeit gerne entgegen."
    ),
    Para("Wittlich, im November 2020"),
    Para("Gregor Eibes, Landrat des Landkreises Bernkastel-Wittlich"),
    Heading("Hinweise zur Nutzung", 1),
    Para(
        "Der Strukturatlas 2020 ist in zwölf Kapitel gegliedert. Die Kapitel 1 bis 11 beschreiben jeweils ein "
        "Themenfeld der Kreisentwicklung mit Texten, Tabellen und Erläuterungen; Kapitel 12 fasst die wichtigsten "
        "Stärken und Herausforderungen des Landkreises in Form einer Stärken-Schwächen-Chancen-Risiken-Übersicht "
        "zusammen und leitet zum Handlungskonzept 2030 über. Alle Tabellen sind fortlaufend nummeriert und nennen "
        "unterhalb der Überschrift die Maßeinheit sowie unterhalb der Tabelle die Datenquelle. Wo Werte durch "
        "die Stabsstelle Kreisentwicklung aus mehreren Quellen zusammengeführt, umgerechnet oder geschätzt wurden, "
        "ist dies mit dem Zusatz „eigene Berechnung“ gekennzeichnet. Nicht jeder Tabellenwert wird im Text "
        "wiederholt; für Detailfragen empfiehlt sich daher stets der Blick in die Tabellen."
    ),
    Para(
        "Sofern nicht anders angegeben, beziehen sich Bevölkerungsdaten auf den Stichtag 31.12.2019 und beruhen "
        "auf der Bevölkerungsfortschreibung des Statistischen Landesamtes auf Basis des Zensus 2011. Daten zur "
        "sozialversicherungspflichtigen Beschäftigung beziehen sich auf den Stichtag 30.06., Arbeitslosenzahlen "
        "und Arbeitslosenquoten auf den Jahresdurchschnitt. Die Angaben zur Breitbandverfügbarkeit geben den "
        "Stand Mitte 2020 wieder, die Angaben zur Kinderbetreuung den Stichtag 01.03.2020. Alle Werte beziehen sich "
        "auf den Gebietsstand vom 01.01.2020; Zeitreihen wurden auf diesen Gebietsstand umgerechnet, sodass die "
        "Gebietsänderungen der Kommunal- und Verwaltungsreform der Jahre 2012 bis 2014 die Vergleichbarkeit nicht "
        "beeinträchtigen. Dezimalstellen werden mit Komma, Tausenderstellen mit Punkt getrennt. In Summen können "
        "rundungsbedingte Abweichungen auftreten. Ein Gedankenstrich (–) in einer Tabelle bedeutet „nichts "
        "vorhanden“ bzw. „nicht sinnvoll“, ein Punkt (.) bedeutet „Zahlenwert unbekannt oder geheim zu halten“."
    ),
    Para("Die wichtigsten Datenquellen des Strukturatlas sind:"),
    Bullets(
        (
            "Statistisches Landesamt Rheinland-Pfalz (Bad Ems): Bevölkerung, Flächennutzung, Bautätigkeit, "
            "Beherbergung im Reiseverkehr, allgemeinbildende und berufsbildende Schulen, Pflegestatistik, "
            "Kinder- und Jugendhilfestatistik, Bevölkerungsvorausberechnung",
            "Bundesagentur für Arbeit, Statistik-Service Südwest, und Agentur für Arbeit Trier: "
            "sozialversicherungspflichtig Beschäftigte, Pendlerverflechtungen, Arbeitslose, Ausbildungsmarkt",
            "Breitbandatlas des Bundes (Stand Mitte 2020) und Breitbandprojekt des Landkreises: "
            "Breitbandverfügbarkeit, Glasfaseranschlüsse der Schulen",
            "Kassenärztliche Vereinigung Rheinland-Pfalz: Hausärztinnen und Hausärzte, Altersstruktur, "
            "Bedarfsplanung",
            "Kraftfahrt-Bundesamt: Fahrzeugbestand und Pkw-Dichte (Stichtag jeweils 01.01.)",
            "Energieatlas Rheinland-Pfalz und Marktstammdatenregister der Bundesnetzagentur: Anlagen zur "
            "Stromerzeugung; Klimaschutzmanagement des Kreises: CO₂-Bilanz nach BISKO-Standard",
            "Gutachterausschuss für Grundstückswerte für den Bereich Westeifel-Mosel: Bodenrichtwerte",
            "Kreisverwaltung Bernkastel-Wittlich (Jugendamt, Schulverwaltung, Sozialamt, Gesundheitsamt, "
            "Kreisverkehrsplanung): Fachdaten und eigene Erhebungen",
        )
    ),
    Para(
        "Der Strukturatlas steht auf der Internetseite der Kreisverwaltung auch als barrierearme PDF-Fassung zur "
        "Verfügung. Auszüge dürfen mit Quellenangabe („Landkreis Bernkastel-Wittlich, Strukturatlas 2020“) frei "
        "verwendet werden. Fragen zu einzelnen Daten beantwortet die Stabsstelle Kreisentwicklung der "
        "Kreisverwaltung Bernkastel-Wittlich, Kurfürstenstraße 16, 54516 Wittlich. Eine Fortschreibung der "
        "wichtigsten Kennzahlen ist im Rahmen des Monitorings zum Handlungskonzept 2030 in einem zweijährlichen "
        "Rhythmus vorgesehen."
    ),
)
