/** Opening lines of minimal AsyncAPI documents for contract rule tables; append the members a case needs. */
export const AAS2 = "asyncapi: 2.6.0\ninfo: {title: Orders, version: '1'}\n";
export const AAS3 = "asyncapi: 3.0.0\ninfo: {title: Orders, version: '1'}\n";
