import fc from 'fast-check';

/*
 * fast-check runs with a fixed seed so CI is reproducible; set FC_SEED to a
 * number to replay another run, or FC_SEED=random to explore new inputs
 * (a failure prints its seed and path).
 */
const env = process.env.FC_SEED;
if (env !== 'random') fc.configureGlobal({ seed: env === undefined ? 20261125 : Number(env) });
