namespace JakKb.Model;

/// <summary>An identifier in an outside database, with the database that was checked.</summary>
public sealed record Identifier(string Scheme, string Value, string Source)
{
    /// <summary>Whether the value was looked up in its database, and when; null when the file does not say.</summary>
    public CheckState? Checked { get; init; }

    public static readonly IReadOnlyDictionary<string, (string Label, Func<string, string> Url)> Schemes =
        new Dictionary<string, (string, Func<string, string>)>
        {
            ["hgnc"] = ("HGNC", v => $"https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/{Uri.EscapeDataString(v)}"),
            ["uniprot"] = ("UniProt", v => $"https://www.uniprot.org/uniprotkb/{Uri.EscapeDataString(v)}/entry"),
            ["ncbi-gene"] = ("NCBI Gene", v => $"https://www.ncbi.nlm.nih.gov/gene/{Uri.EscapeDataString(v)}"),
            ["ensembl"] = ("Ensembl", v => $"https://www.ensembl.org/id/{Uri.EscapeDataString(v)}"),
            ["drugbank"] = ("DrugBank", v => $"https://go.drugbank.com/drugs/{Uri.EscapeDataString(v)}"),
            ["chembl"] = ("ChEMBL", v => $"https://www.ebi.ac.uk/chembl/compound_report_card/{Uri.EscapeDataString(v)}/"),
            ["pubmed"] = ("PubMed", v => $"https://pubmed.ncbi.nlm.nih.gov/{Uri.EscapeDataString(v)}/"),
            ["doi"] = ("DOI", v => $"https://doi.org/{v}"),
            ["nct"] = ("ClinicalTrials.gov", v => $"https://clinicaltrials.gov/study/{Uri.EscapeDataString(v)}"),
        };

    public string Label => Schemes[Scheme].Label;

    public string Url => Schemes[Scheme].Url(Value);
}
