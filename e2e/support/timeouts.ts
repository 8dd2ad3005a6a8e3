// A browser driving the whole stack takes longer than Jest's 5 s default. Set here rather than as
// `testTimeout`, which Jest ignores in a project's config when the root config runs several projects.
jest.setTimeout(60_000);
