import { graphql } from '../../../generated';

export const BoutiqueRowBoutiqueFragment = graphql(`
  fragment BoutiqueRow_boutique on Boutique {
    id
    name
    city
    country
    timezone
    locale
    advisorCount
    region {
      id
    }
  }
`);

export const RegionCardRegionFragment = graphql(`
  fragment RegionCard_region on Region {
    id
    name
    boutiques {
      id
      ...BoutiqueRow_boutique
    }
  }
`);

export const AdminRegionsDocument = graphql(`
  query AdminRegions {
    regions {
      id
      ...RegionCard_region
    }
  }
`);

export const CreateRegionDocument = graphql(`
  mutation CreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      id
      ...RegionCard_region
    }
  }
`);

export const UpdateRegionDocument = graphql(`
  mutation UpdateRegion($input: UpdateRegionInput!) {
    updateRegion(input: $input) {
      id
      name
    }
  }
`);

export const CreateBoutiqueDocument = graphql(`
  mutation CreateBoutique($input: CreateBoutiqueInput!) {
    createBoutique(input: $input) {
      id
      ...BoutiqueRow_boutique
    }
  }
`);

export const UpdateBoutiqueDocument = graphql(`
  mutation UpdateBoutique($input: UpdateBoutiqueInput!) {
    updateBoutique(input: $input) {
      id
      ...BoutiqueRow_boutique
    }
  }
`);
