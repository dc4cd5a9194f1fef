namespace JakKb.Model;

/// <summary>A fact as shown on some page: the fact itself and the entity that declares it.</summary>
public sealed record FactPlacement(Fact Fact, Entity Owner);

/// <summary>A source table row shown on the page of an entity it concerns.</summary>
public sealed record RowPlacement(SourceTable Table, TableRow Row, Entity Source);
