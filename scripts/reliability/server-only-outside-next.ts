// Outside Next's server the data layer's server-only guard has nothing to guard: an empty stand-in.
export {};
