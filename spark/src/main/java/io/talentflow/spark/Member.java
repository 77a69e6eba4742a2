package io.talentflow.spark;

import io.talentflow.career.PlacedAuthorship;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * One authorship on its way to its name block.
 *
 * @param id the authorship's id: its index in input order
 */
record Member(long id, PlacedAuthorship placed)
        implements Serializable
{
    Member
    {
        requireNonNull(placed, "placed is null");
    }
}
